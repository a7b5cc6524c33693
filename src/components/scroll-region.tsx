import type { ReactNode } from 'react';

/**
 * Something wider than a narrow screen (a table), scrolling sideways. It is a
 * named keyboard stop, so arrow keys can scroll it (axe:
 * scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll area must be reachable by keyboard
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
