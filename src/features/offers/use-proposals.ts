import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { createOffer } from '../../domain/document/factory';
import type { OfferTextReading } from '../../domain/offer-text/read-offer-text';
import { useLocale } from '../../lib/locale';
import { useDocument } from '../../store/document-context';
import type { FieldName } from './form-fields';
import type { OfferFormInput } from './offer-form-schema';
import { currencyChanges, toFormValues } from './offer-form-values';
import { readingCurrency, reviewRow, type ReviewRow } from './offer-text-review';

type Reading = Extract<OfferTextReading, { ok: true }>;

const fields = (n: number) => (n === 1 ? '1 field' : `${n} fields`);

/**
 * The rows of a reading against the form as it stands, and what using them
 * does: each value written as its input holds it, with what comes with it;
 * the currency first, so amounts already typed are re-labelled.
 */
export function useProposals(reading: Reading | null) {
  const { settings } = useDocument();
  const locale = useLocale();
  const { getValues, setValue } = useFormContext<OfferFormInput>();
  const values = useWatch<OfferFormInput>() as OfferFormInput;
  // A field still holding what a fresh offer holds was not typed by the person: free to fill in.
  const [blank] = useState(() =>
    toFormValues(
      createOffer({ id: 'blank', currency: settings.currency, now: new Date(0).toISOString() }),
      settings,
      locale,
    ),
  );
  const currency = reading ? readingCurrency(reading.proposals, values.currency) : values.currency;
  const rows = (reading?.proposals ?? []).map((p) => reviewRow(p, values, blank, currency, locale));
  const currencyRow = rows.find((row) => row.proposal.path === 'currency');
  const free = rows.filter((row) => row.state === 'free');
  const typed = rows.filter((row) => row.state === 'typed');

  const set = (path: string, next: string) =>
    setValue(path as FieldName, next, { shouldDirty: true });
  const apply = (chosen: readonly ReviewRow[]) => {
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

  return {
    values,
    rows,
    free: free.length,
    currency,
    apply,
    /** Fills in every free row; returns what it did, in words. */
    useAll: (): string => {
      apply(free);
      const kept = typed.length;
      return kept > 0
        ? `Filled in ${fields(free.length)}. ${kept === 1 ? '1 field you typed is' : `${kept} fields you typed are`} kept: replace ${kept === 1 ? 'it' : 'them'} below if you want to.`
        : `Filled in ${fields(free.length)}. Check them, then Save offer.`;
    },
    /** The row of a question's choice, to apply. */
    choice: (row: Parameters<typeof reviewRow>[0]) =>
      reviewRow(row, getValues(), blank, currency, locale),
    set,
  };
}
