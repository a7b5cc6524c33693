import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Resolver, UseFormReturn } from 'react-hook-form';
import { useAskBeforeLeaving } from '../../components/use-ask-before-leaving';
import type { Offer } from '../../domain/document/schema';
import { sameValue } from '../../domain/history/revert';
import { isolate } from '../../lib/isolate';
import { useAppState, useNotify } from '../../store/app-context';
import { useDocumentStore } from '../../store/document-context';
import { pricesIfLoaded } from '../../store/prices';
import { selectScores } from '../../store/scores';
import { liftToFields } from './form-errors';
import { canAddOffer, saveOffer } from './offer-actions';
import { offerFormSchemaFor, type OfferFormInput, type OfferFormOutput } from './offer-form-schema';
import { applicableValues, mergeEdits, toOffer } from './offer-form-values';
import { reorderNote } from './reorder-note';

type OfferFormMethods = UseFormReturn<OfferFormInput, unknown, OfferFormOutput>;

/**
 * The form's check. Fields the form hides are checked with the values they
 * were opened with, so a stray entry in a hidden equity field never blocks
 * saving; errors on a row's parts are lifted to the field a person typed in.
 */
/**
 * The offer with where its cost of living index comes from: kept as opened
 * while neither the index nor the location changed (a suggestion accepted
 * against another reference place stays what it was), else the built-in
 * suggestion the index equals, or none (typed). Kept as it was when the
 * price levels have not loaded (the form loads them when it opens).
 */
const withIndexOrigin = (offer: Offer, opened: Offer, pricesAsIn: string | null): Offer => {
  const c = offer.compensation;
  const unchanged =
    c.costOfLivingIndex === opened.compensation.costOfLivingIndex &&
    offer.location === opened.location;
  const prices = pricesIfLoaded();
  const from = unchanged
    ? opened.compensation.costOfLivingFrom
    : prices
      ? prices.indexOrigin(c.costOfLivingIndex, offer.location, pricesAsIn)
      : null;
  return { ...offer, compensation: { ...c, costOfLivingFrom: from } };
};

export const useOfferFormResolver = (
  openedValues: OfferFormInput,
  base: Offer,
  displayCurrency: string,
  locale: string | undefined,
) =>
  useMemo<Resolver<OfferFormInput, unknown, OfferFormOutput>>(() => {
    const check = zodResolver(offerFormSchemaFor(locale));
    return async (values, context, options) => {
      const result = await check(
        applicableValues(values, openedValues, base, displayCurrency, locale),
        context,
        options,
      );
      if (Object.keys(result.errors).length === 0) return result;
      return { values: {}, errors: liftToFields(result.errors) };
    };
  }, [openedValues, base, displayCurrency, locale]);

/**
 * Closing a changed form (Cancel, Escape, ×, closing the tab) asks before the
 * changes are dropped; an unchanged one closes at once.
 */
export const useCloseRequest = (
  form: OfferFormMethods,
  openedValues: OfferFormInput,
  onDone: () => void,
  onCloseRequest?: (request: (() => void) | null) => void,
) => {
  const [confirmingClose, setConfirmingClose] = useState(false);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  const changed = () => !sameValue(form.getValues(), openedValues);
  const requestClose = () => {
    if (changed()) setConfirmingClose(true);
    else onDone();
  };
  useAskBeforeLeaving(true, changed);
  // The dialog asks the newest requestClose (it reads this render's values).
  useEffect(() => {
    onCloseRequest?.(requestClose);
  });
  useEffect(() => () => onCloseRequest?.(null), [onCloseRequest]);
  useEffect(() => {
    if (confirmingClose) keepEditingRef.current?.focus();
  }, [confirmingClose]);
  return {
    confirmingClose,
    keepEditingRef,
    requestClose,
    keepEditing: () => setConfirmingClose(false),
  };
};

/** Saves the form's offer, says so (and how the ranking moved), then closes. */
export const useSaveOfferForm = ({
  opened,
  isNew,
  base,
  openedValues,
  form,
  onDone,
}: {
  opened: Offer;
  isNew: boolean;
  base: Offer;
  openedValues: OfferFormInput;
  form: OfferFormMethods;
  onDone: () => void;
}) => {
  const store = useDocumentStore();
  const { taxRules } = useAppState();
  const notify = useNotify();
  return (output: OfferFormOutput) => {
    const now = new Date().toISOString();
    const current = store.get();
    if (isNew && !canAddOffer(current)) {
      notify({ message: 'This list is full: delete an offer to add another.', tone: 'error' });
      return;
    }
    // The rate is a setting of every offer in that currency: written only when
    // this form set it, so a rate changed elsewhere is not put back.
    const rateChanged =
      output.currency !== current.settings.currency &&
      (form.getValues('exchangeRate') !== openedValues.exchangeRate ||
        output.currency !== base.currency ||
        !Object.hasOwn(current.settings.exchangeRates, output.currency));
    const rate = rateChanged ? { currency: output.currency, rate: output.exchangeRate } : null;
    let saved = opened;
    const rankedBefore = selectScores(current, taxRules.get().rules).ranked;
    store.update((doc) => {
      const newest = doc.offers.find((o) => o.id === opened.id);
      saved = isNew
        ? toOffer(output, { ...opened, createdAt: now }, now)
        : newest
          ? mergeEdits(newest, output, base, now)
          : toOffer(output, base, now);
      saved = withIndexOrigin(saved, base, doc.settings.pricesAsIn);
      return saveOffer(doc, saved, rate);
    });
    const rankedAfter = selectScores(store.get(), taxRules.get().rules).ranked;
    const note = reorderNote(rankedBefore, rankedAfter, saved.id);
    const name = isolate(saved.company);
    notify({ message: note ? `Saved ${name}. ${note}` : `Saved ${name}`, tone: 'success' });
    onDone();
  };
};
