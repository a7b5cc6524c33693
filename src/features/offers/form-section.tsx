import { useId, type ReactNode } from 'react';

/**
 * One titled part of the offer form; fields sit in a two-column grid on wide
 * screens. Without a title it is the body of a fold, named by its summary.
 */
export function FormSection({
  title,
  description,
  children,
}: {
  title?: string;
  description?: string;
  children: ReactNode;
}) {
  const id = useId();
  if (title === undefined)
    return (
      <div className="form-section">
        {description && <p className="form-section-description">{description}</p>}
        <div className="form-grid">{children}</div>
      </div>
    );
  return (
    <fieldset className="form-section" aria-describedby={description ? `${id}-desc` : undefined}>
      <legend className="form-section-legend">
        <h3>{title}</h3>
      </legend>
      {description && (
        <p id={`${id}-desc`} className="form-section-description">
          {description}
        </p>
      )}
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}
