import type { ReactNode } from 'react';

/** Text for screen readers only (chart descriptions, table captions). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
