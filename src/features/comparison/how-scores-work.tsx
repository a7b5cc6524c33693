import { useState } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';

/** The text loads when first opened: a page of words nobody needs before they ask. */
const Body = retryableLazy(
  () => import('./how-scores-body'),
  (module) => module.default,
);

/** "How scores work", folded under the ranking. */
export function HowScoresWork() {
  const [opened, setOpened] = useState(false);
  return (
    <details className="how-scores" onToggle={(event) => setOpened(event.currentTarget.open)}>
      <summary>How scores work</summary>
      {opened && (
        <PanelBoundary name="How scores work" loading={<p className="muted small">Loading…</p>}>
          <Body />
        </PanelBoundary>
      )}
    </details>
  );
}
