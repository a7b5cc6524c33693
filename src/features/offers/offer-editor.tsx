import { useEffect, useRef, useState } from 'react';
import { createOffer } from '../../domain/document/factory';
import { type Offer } from '../../domain/document/schema';
import { Dialog } from '../../components/dialog';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { useDocument } from '../../store/document-context';
import { useOfferEditor, type EditorTarget } from './editor-state';
import { importRetrying } from '../../lib/import-retrying';
import { whenIdle } from '../../lib/slices';
import { fetchFormFiles, formFiles } from './form-files';

/*
 * The form (react-hook-form, its resolver and every section) is the biggest
 * piece of the feature and nobody needs it before they open the dialog: it
 * loads on its own, early enough that opening the dialog does not wait. Its
 * files are fetched in idle time after start-up (form-files.ts), and its code
 * runs when the Add offer button is pointed at or the dialog opens.
 */
const loadOfferForm = () => import('./offer-form');
const OfferForm = retryableLazy(loadOfferForm, (module) => module.OfferForm);
export const preloadOfferForm = () => {
  // A failure here is shown when the dialog opens and loads it again.
  importRetrying(loadOfferForm).catch(() => {});
};

/** The one offer dialog of the page: "New offer" or "Edit offer", opened from anywhere in the feature. */
export function OfferEditor() {
  const { target, close } = useOfferEditor();
  useEffect(() => {
    // The form's files are fetched when the page is idle, and run when the form opens (the dev
    // server names no files: there it loads when the form opens).
    return whenIdle(() => fetchFormFiles(formFiles()), 1500);
  }, []);
  const document = useDocument();
  const editing =
    target?.mode === 'edit' ? document.offers.find((o) => o.id === target.offerId) : undefined;
  // An offer deleted elsewhere before its editor opens has nothing to edit; one
  // deleted while it is being edited keeps its form open, so nothing typed is lost.
  const [shownSession, setShownSession] = useState<number | null>(null);
  const open =
    target !== null &&
    (target.mode === 'new' || editing !== undefined || shownSession === target.session);
  if (open && target && shownSession !== target.session) setShownSession(target.session);
  // Escape and × ask the form first: a changed form asks before its changes are dropped.
  const closeRequest = useRef<(() => void) | null>(null);
  return (
    <Dialog
      open={open}
      onClose={() => (closeRequest.current ?? close)()}
      title={target?.mode === 'edit' ? 'Edit offer' : 'New offer'}
      size="lg"
      // The first of these in the form: "Paste offer text"'s box when it opens with it, else Company.
      initialFocus="[data-first-focus], [name='company']"
    >
      {open && target && (
        <EditorSession
          key={target.session}
          target={target}
          editing={editing}
          onDone={close}
          onCloseRequest={(request) => {
            closeRequest.current = request;
          }}
        />
      )}
    </Dialog>
  );
}

function EditorSession({
  target,
  editing,
  onDone,
  onCloseRequest,
}: {
  target: EditorTarget;
  editing: Offer | undefined;
  onDone: () => void;
  onCloseRequest: (request: (() => void) | null) => void;
}) {
  const settings = useDocument((document) => document.settings);
  // Captured once per opening: later changes elsewhere do not reset what is being typed.
  const [opened] = useState<Offer>(
    () =>
      editing ??
      createOffer({
        id: crypto.randomUUID(),
        currency: settings.currency,
        now: new Date().toISOString(),
      }),
  );
  return (
    <PanelBoundary
      name="The offer form"
      loading={<p className="muted offer-form-loading">Loading the form…</p>}
    >
      <OfferForm
        opened={opened}
        isNew={target.mode === 'new'}
        onDone={onDone}
        onCloseRequest={onCloseRequest}
      />
    </PanelBoundary>
  );
}
