import { useState, type ReactNode } from 'react';
import { get, useFormState } from 'react-hook-form';

/**
 * A folded part of the offer form: closed until the person opens it, and open
 * while any of its fields (`paths`, or fields under them) holds an error, so
 * that the error summary and the first-error focus can reach the field.
 */
export function FormFold({
  title,
  hint,
  paths,
  children,
}: {
  title: string;
  /** What is inside, in a few words, shown beside the title. */
  hint: string;
  paths: readonly string[];
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  const { errors, isSubmitted } = useFormState();
  const holdsError = isSubmitted && paths.some((path) => get(errors, path) !== undefined);
  return (
    <details
      className="form-fold"
      open={opened || holdsError}
      onToggle={(event) => setOpened(event.currentTarget.open)}
    >
      <summary>
        <span className="form-fold-title">{title}</span>
        <span className="form-fold-hint">{hint}</span>
      </summary>
      {children}
    </details>
  );
}
