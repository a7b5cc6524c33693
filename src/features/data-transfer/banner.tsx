import { useId, type ReactNode } from 'react';

/** A storage banner: a titled region the person can find by its heading. */
export function Banner({
  tone,
  title,
  children,
}: {
  tone: 'warning' | 'danger';
  title: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className={`callout callout-${tone} storage-banner`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}
