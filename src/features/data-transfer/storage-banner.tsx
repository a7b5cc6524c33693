import { useAskBeforeLeaving } from '../../components/use-ask-before-leaving';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/button';
import type { PersistenceStatus, StorageProblem } from '../../store/persistence-status';
import { useAppState } from '../../store/app-context';
import { useDocumentStore } from '../../store/document-context';
import { Banner } from './banner';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { FoundBanner } from './found-banner';
import { downloadRaw, exportJson } from './export-files';
import { usePersistenceStatus } from './use-persistence-status';
import './data-transfer.css';

// The details, in the offer form's words, load with the field registry only when data is unreadable.
const ErrorList = retryableLazy(
  () => import('./error-list'),
  (module) => module.ErrorList,
);

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
  useAnnounceProblem(status.problem, status.found !== null);
  // A file the person holds is as good as a backup in the browser: saving over the value may go on.
  const downloadBackup = (stem: string, raw: string) => {
    downloadRaw(stem, raw, notify);
    persistence.backupDownloaded(raw);
  };

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
      {status.found && <FoundBanner found={status.found} />}
      {status.unreadable && (
        <Banner tone="danger" title="Your saved data could not be read">
          <p>{unreadableText(status.unreadable, status.backupRefused?.reason === 'unreadable')}</p>
          <details className="banner-details">
            <summary>What was wrong</summary>
            <PanelBoundary name="The list of problems" loading={<p className="small">Loading…</p>}>
              <ErrorList errors={status.unreadable.errors} label="Problems in the saved data" />
            </PanelBoundary>
          </details>
          <div className="button-row">
            <Button
              size="sm"
              onClick={() => downloadBackup('tradeoff-backup', status.unreadable!.raw)}
            >
              Download backup
            </Button>
            <Button size="sm" variant="ghost" onClick={() => persistence.startFresh()}>
              Start fresh
            </Button>
          </div>
        </Banner>
      )}
      {status.backupRefused && status.backupRefused.reason !== 'unreadable' && (
        <Banner tone="warning" title="Saving is paused until you download your saved data">
          <p>
            Before Tradeoff saves over your saved data it keeps a copy of it, and the browser’s
            storage is too full for that copy. Download the saved data to keep it as a file; saving
            resumes right after. Your changes stay in this tab meanwhile.
          </p>
          <div className="button-row">
            <Button
              size="sm"
              onClick={() => downloadBackup('tradeoff-saved', status.backupRefused!.raw)}
            >
              Download saved data
            </Button>
          </div>
        </Banner>
      )}
      {status.problem && !status.newerVersion && !status.backupRefused && !status.found && (
        <Banner tone="warning" title="Changes are not being saved">
          <p>
            {PROBLEM_TEXT[status.problem]} Your offers stay in this tab until you close it; export
            them to keep a copy. Tradeoff keeps trying with every change.
          </p>
          <div className="button-row">
            <Button size="sm" onClick={() => exportJson(store.get(), notify)}>
              Export JSON
            </Button>
          </div>
        </Banner>
      )}
    </>
  );
}

const unreadableText = (
  unreadable: NonNullable<PersistenceStatus['unreadable']>,
  refused: boolean,
): string => {
  if (refused)
    return 'The browser’s storage is too full to keep a copy of it, so it stays where it is and nothing you change is saved until you download it, or start fresh without it. Your changes stay in this tab meanwhile.';
  if (unreadable.downloaded && unreadable.backupKey === null)
    return 'You downloaded a copy of it (to repair it by hand, or to import later); your changes are saved again.';
  return 'It is kept as a backup, untouched. Download the backup to keep a copy (or to repair it by hand), or start fresh with an empty comparison.';
};

/**
 * A save that starts failing mid-session is announced once, not on every
 * keystroke; its end is announced as all saved only when it is: storage that
 * came back holding saved offers saves nothing until the person chooses.
 */
const useAnnounceProblem = (problem: StorageProblem | null, choosing: boolean) => {
  const announced = useRef<StorageProblem | null>(null);
  const notify = useAppState().notices.notify;
  useEffect(() => {
    if (problem && announced.current !== problem) {
      notify({
        message: `Changes are not being saved. ${PROBLEM_TEXT[problem]} Use Export to keep a copy.`,
        tone: 'error',
      });
    } else if (!problem && announced.current) {
      notify(
        choosing
          ? {
              message:
                'Storage works again, but nothing is saved until you choose what to keep in the banner above.',
              tone: 'info',
            }
          : { message: 'Saving works again: all changes are saved.', tone: 'success' },
      );
    }
    announced.current = problem;
  }, [problem, choosing, notify]);
  // Until the person chooses, this tab's work is nowhere else: the browser asks before it closes.
  useAskBeforeLeaving(choosing);
};
