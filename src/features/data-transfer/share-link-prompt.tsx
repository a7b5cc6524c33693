import { useEffect, useId, useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { hasSharedData } from '../../storage/share-fragment';
import type { SharedData } from '../../storage/share-link';
import { useNotify } from '../../store/app-context';
import { useDocumentStore } from '../../store/document-context';
import { ErrorList } from './error-list';
import {
  applyImport,
  describeOffers,
  replaceNeedsConfirmation,
  type ImportMode,
} from './import-actions';
import { ReplaceConfirmation } from './replace-confirmation';
import { importRetrying } from '../../lib/import-retrying';
import './data-transfer.css';

/** Loads the link codec only when the address holds a share link. */
const readLocation = async (): Promise<SharedData> => {
  const { hash } = window.location;
  if (!hasSharedData(hash)) return { kind: 'none' };
  try {
    const { readSharedData } = await importRetrying(() => import('../../storage/share-link'));
    return readSharedData(hash);
  } catch {
    return {
      kind: 'error',
      errors: [
        {
          path: '',
          message:
            'The code that reads share links could not be loaded. Check the connection and open the link again.',
        },
      ],
    };
  }
};

/** The data is handled (or refused): it leaves the address bar and the history entry. */
const clearFragment = () => {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
};

/**
 * Opening a share link (`#data=…`) shows what it holds and asks before
 * importing anything: never a silent replace.
 */
export function ShareLinkPrompt() {
  const store = useDocumentStore();
  const notify = useNotify();
  const [shared, setShared] = useState<SharedData>({ kind: 'none' });
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    const read = () =>
      void readLocation().then((data) => {
        if (current) setShared(data);
      });
    read();
    window.addEventListener('hashchange', read);
    return () => {
      current = false;
      window.removeEventListener('hashchange', read);
    };
  }, []);

  if (shared.kind === 'none') return null;

  const finish = () => {
    clearFragment();
    setConfirming(false);
    setShared({ kind: 'none' });
  };

  if (shared.kind === 'error') {
    return (
      <section className="callout callout-danger share-prompt" aria-labelledby={titleId}>
        <h2 id={titleId}>This share link cannot be opened</h2>
        <p role="alert">The link’s data could not be read. Nothing was changed.</p>
        <ErrorList errors={shared.errors} label="Problems in the link" />
        <div className="button-row">
          <Button size="sm" onClick={finish}>
            Dismiss
          </Button>
        </div>
      </section>
    );
  }

  const choose = (mode: ImportMode) => {
    if (mode === 'replace' && !confirming && replaceNeedsConfirmation(store.get())) {
      setConfirming(true);
      return;
    }
    if (applyImport({ store, notify }, shared, mode)) finish();
  };

  return (
    <section className="callout share-prompt" aria-labelledby={titleId}>
      <h2 id={titleId}>Offers from a share link</h2>
      <p>This link holds {describeOffers(shared.document)}. Import them?</p>
      {shared.warnings.length > 0 && (
        <p className="muted small">
          {shared.warnings.length === 1 ? '1 warning' : `${shared.warnings.length} warnings`}:
          fields unknown to Tradeoff will be left out.
        </p>
      )}
      <div className="button-row">
        <Button size="sm" variant="primary" onClick={() => choose('replace')}>
          Replace
        </Button>
        <Button size="sm" onClick={() => choose('merge')}>
          Merge
        </Button>
        <Button size="sm" variant="ghost" onClick={finish}>
          Dismiss
        </Button>
      </div>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title="Replace your offers?">
        <ReplaceConfirmation
          current={store.get()}
          incoming={shared.document}
          onConfirm={() => choose('replace')}
          onBack={() => setConfirming(false)}
        />
      </Dialog>
    </section>
  );
}
