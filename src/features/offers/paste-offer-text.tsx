import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  OFFER_TEXT_LIMIT,
  readOfferText,
  type OfferTextReading,
} from '../../domain/offer-text/read-offer-text';
import { Button } from '../../components/button';
import { useLocale } from '../../lib/locale';
import { useDocument } from '../../store/document-context';
import type { FieldName } from './form-fields';
import type { OfferFormInput } from './offer-form-schema';
import { currencyChanges, toFormValues } from './offer-form-values';
import { createOffer } from '../../domain/document/factory';
import { readingCurrency, reviewRow, type ReviewRow } from './offer-text-review';
import { OfferTextFindings } from './offer-text-findings';
import './paste-offer-text.css';

/** Notes hold at most this many characters (the schema's bound). */
const NOTES_LIMIT = 5000;
const count = (n: number) => n.toLocaleString('en-US');

interface PasteOfferTextProps {
  onClose: () => void;
}

/**
 * "Paste offer text": the text is read here, in the browser, into proposed
 * values for the form's fields; nothing is saved until Save, and nothing the
 * person typed is replaced without their asking, one field at a time.
 */
export function PasteOfferText({ onClose }: PasteOfferTextProps) {
  const { settings } = useDocument();
  const locale = useLocale();
  // A field still holding what a fresh offer holds was not typed by the person: free to fill in.
  const [blank] = useState(() =>
    toFormValues(
      createOffer({ id: 'blank', currency: settings.currency, now: new Date(0).toISOString() }),
      settings,
      locale,
    ),
  );
  const { getValues, setValue } = useFormContext<OfferFormInput>();
  const values = useWatch<OfferFormInput>() as OfferFormInput;
  const [text, setText] = useState('');
  const [reading, setReading] = useState<Extract<OfferTextReading, { ok: true }> | null>(null);
  const [refused, setRefused] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const ids = { heading: useId(), input: useId(), error: useId(), hint: useId() };
  useEffect(() => input.current?.focus(), []);

  const read = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value;
    setMessage('');
    const result = readOfferText(next);
    if (!result.ok) {
      // Refused, and not held: a text this long is no offer letter.
      setRefused(result.length);
      setText('');
      setReading(null);
      return;
    }
    setRefused(null);
    setText(next);
    setReading(next.trim() === '' ? null : result);
  };

  const currency = reading ? readingCurrency(reading.proposals, values.currency) : values.currency;
  const rows = (reading?.proposals ?? []).map((p) => reviewRow(p, values, blank, currency, locale));
  const currencyRow = rows.find((row) => row.proposal.path === 'currency');

  const set = (path: string, next: string) =>
    setValue(path as FieldName, next, { shouldDirty: true });
  const apply = (chosen: readonly ReviewRow[]) => {
    // The currency first, so amounts already in the form are re-labelled before the new ones land.
    const withCurrency =
      currencyRow?.state === 'free' && !chosen.includes(currencyRow) && chosen.some((r) => r.per)
        ? [currencyRow, ...chosen]
        : chosen;
    for (const row of withCurrency) {
      if (row.proposal.path === 'currency') {
        for (const [name, next] of currencyChanges(getValues(), row.text, settings, locale))
          set(name, next);
      }
      set(row.proposal.path, row.text);
      for (const also of row.proposal.with ?? []) set(also.path, String(also.value));
    }
  };
  const free = rows.filter((row) => row.state === 'free');
  const typed = rows.filter((row) => row.state === 'typed');
  const useAll = () => {
    apply(free);
    const kept = typed.length;
    setMessage(
      `Filled in ${free.length === 1 ? '1 field' : `${free.length} fields`}.` +
        (kept > 0
          ? ` ${kept === 1 ? '1 field you typed is' : `${kept} fields you typed are`} kept: replace ${kept === 1 ? 'it' : 'them'} below if you want to.`
          : ' Check them, then Save offer.'),
    );
  };

  const notes = values.notes ?? '';
  const noteRoom = NOTES_LIMIT - (notes.length > 0 ? notes.length + 1 : 0);
  const keepAsNote = () => {
    set('notes', notes.length > 0 ? `${notes}\n${text}` : text);
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
          rows={rows}
          free={free.length}
          currency={currency}
          onUse={(row) => apply([row])}
          onUseAll={useAll}
          onChoose={(path, value) => {
            const row = reviewRow({ ...value, path }, getValues(), blank, currency, locale);
            apply([row]);
          }}
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
