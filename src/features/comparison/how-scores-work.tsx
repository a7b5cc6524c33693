import { useState } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';

const HowScoresBody = retryableLazy(
  () => import('./how-scores-body'),
  (module) => module.HowScoresBody,
);

/**
 * "How scores work": scoring.md in plain words. The text loads the first
 * time it is opened, so that none of it weighs on the first render.
 */
export function HowScoresWork() {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="how-scores"
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary>How scores work</summary>
      {opened && (
        <PanelBoundary name="How scores work" loading={<p className="small muted">Loading…</p>}>
          <HowScoresBody />
        </PanelBoundary>
      )}
    </details>
  );
}
