import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../components/button';
import type { StorageProblem } from '../../store/persistence-status';
import { useAppState } from '../../store/app-context';
import { useDocumentStore } from '../../store/document-context';
import { ErrorList } from './error-list';
import { downloadRaw, exportJson } from './export-files';
import { usePersistenceStatus } from './use-persistence-status';
import './data-transfer.css';

const PROBLEM_TEXT: Record<StorageProblem, string> = {
  quota: 'The browser’s storage for Tradeoff is full.',
  disabled: 'This browser does not let Tradeoff use its storage (private mode or a site setting).',
  failed: 'The browser refused to store them.',
};

/**
 * Tells the person, in words, whenever their data is not safely stored:
 * unreadable saved data (kept as a backup), data from a newer version
 * (read-only tab) and saves that fail (full or disabled storage).
 */
export function StorageBanner() {
  const status = usePersistenceStatus();
  const store = useDocumentStore();
  const { notices, persistence } = useAppState();
  const notify = notices.notify;
  useAnnounceProblem(status.problem);

  return (
    <>
      {status.newerVersion && (
        <Banner tone="warning" title="Saved by a newer version of Tradeoff">
          <p>
            Your saved data comes from a newer version of Tradeoff, so this tab is read-only: it
            leaves that data untouched, and changes in this tab are not saved. Reload to get the
            latest version of Tradeoff.
          </p>
          <div className="button-row">
            <Button
              size="sm"
              onClick={() => downloadRaw('tradeoff-saved', status.newerVersion!.raw, notify)}
            >
              Download saved data
            </Button>
          </div>
        </Banner>
      )}
      {status.unreadable && (
        <Banner tone="danger" title="Your saved data could not be read">
          <p>
            It is kept as a backup, untouched. Download the backup to keep a copy (or to repair it
            by hand), or start fresh with an empty comparison.
          </p>
          <details className="banner-details">
            <summary>What was wrong</summary>
            <ErrorList errors={status.unreadable.errors} label="Problems in the saved data" />
          </details>
          <div className="button-row">
            <Button
              size="sm"
              onClick={() => downloadRaw('tradeoff-backup', status.unreadable!.raw, notify)}
            >
              Download backup
            </Button>
            <Button size="sm" variant="ghost" onClick={() => persistence.startFresh()}>
              Start fresh
            </Button>
          </div>
        </Banner>
      )}
      {status.problem && !status.newerVersion && (
        <Banner tone="warning" title="Changes are not being saved">
          <p>
            {PROBLEM_TEXT[status.problem]} Your offers stay in this tab until you close it; export
            them to keep a copy. Tradeoff keeps trying with every change.
          </p>
          <div className="button-row">
            <Button size="sm" onClick={() => exportJson(store.getDocument(), notify)}>
              Export JSON
            </Button>
          </div>
        </Banner>
      )}
    </>
  );
}

function Banner({
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

/** A save that starts failing mid-session is announced once, not on every keystroke. */
const useAnnounceProblem = (problem: StorageProblem | null) => {
  const announced = useRef<StorageProblem | null>(null);
  const notify = useAppState().notices.notify;
  useEffect(() => {
    if (problem && announced.current !== problem) {
      notify({
        message: `Changes are not being saved. ${PROBLEM_TEXT[problem]} Use Export to keep a copy.`,
        tone: 'error',
      });
    } else if (!problem && announced.current) {
      notify({ message: 'Saving works again: all changes are saved.', tone: 'success' });
    }
    announced.current = problem;
  }, [problem, notify]);
};
