import { useRef, useState } from 'react';
import { Button } from '../../components/button';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { useOfferEditor } from './editor-state';

// The reader of pasted offer text and its review load when "Paste offer text" is first pressed.
const PasteOfferText = retryableLazy(
  () => import('./paste-offer-text'),
  (module) => module.PasteOfferText,
);

/** "Paste offer text" above the form's first section, open from the start when the welcome asked. */
export function OfferFormPaste() {
  const { target } = useOfferEditor();
  const [pasting, setPasting] = useState(target?.mode === 'new' && target.paste === true);
  const button = useRef<HTMLButtonElement>(null);
  if (!pasting)
    return (
      <p className="offer-form-paste">
        <Button ref={button} size="sm" onClick={() => setPasting(true)}>
          Paste offer text
        </Button>
        <span className="muted">Fill the fields from the offer letter or e-mail</span>
      </p>
    );
  return (
    <PanelBoundary name="Paste offer text" loading={<p className="muted">Loading the reader…</p>}>
      <PasteOfferText
        onClose={() => {
          setPasting(false);
          // The button is drawn again after this render: focus returns to it then.
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    </PanelBoundary>
  );
}
