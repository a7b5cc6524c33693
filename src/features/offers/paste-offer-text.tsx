import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import {
  OFFER_TEXT_LIMIT,
  readOfferText,
  type OfferTextReading,
} from '../../domain/offer-text/read-offer-text';
import { Button } from '../../components/button';
import { OfferTextFindings } from './offer-text-findings';
import { useProposals } from './use-proposals';
import './paste-offer-text.css';

/** Notes hold at most this many characters (the schema's bound). */
const NOTES_LIMIT = 5000;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * "Paste offer text": the text is read here, in the browser, into proposed
 * values for the form's fields; nothing is saved until Save, and nothing the
 * person typed is replaced without their asking, one field at a time.
 */
export function PasteOfferText({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const [reading, setReading] = useState<Extract<OfferTextReading, { ok: true }> | null>(null);
  const [refused, setRefused] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const proposals = useProposals(reading);
  const input = useRef<HTMLTextAreaElement>(null);
  const ids = { heading: useId(), input: useId(), error: useId(), hint: useId() };
  useEffect(() => input.current?.focus(), []);

  const read = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value;
    const result = readOfferText(next);
    setMessage('');
    // A text too long to be an offer letter is refused, and not held.
    setRefused(result.ok ? null : result.length);
    setText(result.ok ? next : '');
    setReading(result.ok && next.trim() !== '' ? result : null);
  };

  const notes = proposals.values.notes ?? '';
  const noteRoom = NOTES_LIMIT - (notes.length > 0 ? notes.length + 1 : 0);
  const keepAsNote = () => {
    proposals.set('notes', notes.length > 0 ? `${notes}\n${text}` : text);
    setMessage('The text is in Notes: it is saved with the offer when you Save.');
  };

  return (
    <section className="paste-text" aria-labelledby={ids.heading}>
      <div className="paste-text-head">
        <h3 id={ids.heading}>Paste offer text</h3>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close Paste offer text">
          Close
        </Button>
      </div>
      <p className="paste-text-hint" id={ids.hint}>
        The offer letter, the recruiter&rsquo;s e-mail or an equity summary. Tradeoff reads it in
        this browser: nothing is sent anywhere, and the text is not kept unless you keep it as a
        note.
      </p>
      <label className="paste-text-label" htmlFor={ids.input}>
        Offer text
      </label>
      <textarea
        ref={input}
        data-first-focus
        id={ids.input}
        className="paste-text-input"
        rows={reading ? 4 : 8}
        value={text}
        onChange={read}
        aria-invalid={refused !== null}
        aria-describedby={refused !== null ? `${ids.error} ${ids.hint}` : ids.hint}
      />
      {refused !== null && (
        <p className="field-error" id={ids.error} role="alert">
          This text is {count(refused)} characters long; Tradeoff reads up to{' '}
          {count(OFFER_TEXT_LIMIT)} at a time (a long offer letter is about 20,000). Paste the part
          with the offer&rsquo;s figures.
        </p>
      )}
      <p className="paste-text-status" role="status">
        {message}
      </p>
      {reading && (
        <OfferTextFindings
          text={text}
          reading={reading}
          rows={proposals.rows}
          free={proposals.free}
          currency={proposals.currency}
          onUse={(row) => proposals.apply([row])}
          onUseAll={() => setMessage(proposals.useAll())}
          onChoose={(choice) => proposals.apply([proposals.choice(choice)])}
          keepAsNote={
            text.length <= noteRoom
              ? keepAsNote
              : `Notes hold up to ${count(NOTES_LIMIT)} characters; this text has ${count(text.length)}.`
          }
        />
      )}
    </section>
  );
}
