import {
  OFFER_FIELDS,
  fieldApplies,
  fieldValue,
  setValueAt,
  valueAt,
  type OfferField,
} from '../../domain/fields/offer-fields';
import { sameValue } from '../../domain/history/revert';
import {
  type ExitScenario,
  type Offer,
  type Series,
  type Settings,
} from '../../domain/document/schema';
import { COMMON_CURRENCIES } from '../../lib/currencies';
import {
  formatCountInput,
  formatMoneyInput,
  formatNumberInput,
  localeSeparators,
  readNumber,
} from '../../lib/number-reader';
import { readFieldText, type OfferFormInput, type OfferFormOutput } from './offer-form-schema';

/** The list plus the codes this offer and the settings already use, so neither is lost. */
export const currencyOptions = (...inUse: string[]): string[] => {
  const extra = inUse.filter((code) => !(COMMON_CURRENCIES as readonly string[]).includes(code));
  return [...COMMON_CURRENCIES, ...new Set(extra)];
};

/** The rate shown for `currency`: the saved one, or empty so that it is asked for. */
export const rateText = (
  currency: string,
  settings: Pick<Settings, 'exchangeRates'>,
  locale?: string,
): string => {
  const rate = Object.hasOwn(settings.exchangeRates, currency)
    ? settings.exchangeRates[currency]
    : undefined;
  return rate === undefined ? '' : formatNumberInput(rate, locale);
};

/** The exit scenarios as the form holds them: one row of texts per scenario (exit-scenarios-field.tsx). */
export const exitsText = (
  exits: readonly ExitScenario[],
  currency: string,
  locale?: string,
): string =>
  JSON.stringify(
    exits.map((e) => [
      e.label,
      formatMoneyInput(e.value, currency, locale),
      formatNumberInput(e.year, locale),
      formatNumberInput(e.pct, locale),
      e.kind,
    ]),
  );

/** The preference stack as the form holds it: one row of texts per series (rows-field.tsx). */
export const seriesText = (series: readonly Series[], currency: string, locale?: string): string =>
  JSON.stringify(
    series.map((s) => [
      s.name,
      formatMoneyInput(s.invested, currency, locale),
      s.shares === null ? formatMoneyInput(s.price, currency, locale) : '',
      s.shares === null ? '' : formatCountInput(s.shares, locale),
      formatNumberInput(s.multiple, locale),
      s.participation,
      s.participation === 'capped' ? formatNumberInput(s.capMultiple, locale) : '',
    ]),
  );

/** A value as its input shows it. */
export const fieldText = (
  field: OfferField,
  value: unknown,
  currency: string,
  locale?: string,
): string => {
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'money':
      return formatMoneyInput(value as number, currency, locale);
    case 'count':
      return formatCountInput(value as number, locale);
    case 'percent':
    case 'number':
    case 'months':
    case 'rating':
      return formatNumberInput(value as number, locale);
    case 'flag':
      return value === true ? 'true' : 'false';
    case 'exits':
      return exitsText(value as ExitScenario[], currency, locale);
    case 'series':
      return seriesText(value as Series[], currency, locale);
    case 'schedule': {
      // Where the comma is the decimal mark, entries are kept apart by semicolons.
      const separator = localeSeparators(locale).decimal === ',' ? '; ' : ', ';
      return (value as number[]).map((p) => formatNumberInput(p, locale)).join(separator);
    }
    default:
      return String(value);
  }
};

type Node = Record<string, unknown>;

/** The text every field starts with when `offer` is opened in the form. */
export const toFormValues = (offer: Offer, settings: Settings, locale?: string): OfferFormInput => {
  const values: Node = { exchangeRate: rateText(offer.currency, settings, locale) };
  for (const field of OFFER_FIELDS) {
    setValueAt(
      values,
      field.path,
      fieldText(field, fieldValue(offer, field), offer.currency, locale),
    );
  }
  return values as unknown as OfferFormInput;
};

/**
 * What changes with the offer's currency: its saved exchange rate (or an
 * empty field asking for one), and the amounts already typed, re-labelled.
 */
export const currencyChanges = (
  values: OfferFormInput,
  next: string,
  settings: Pick<Settings, 'exchangeRates'>,
  locale?: string,
): [string, string][] => {
  const changes: [string, string][] = [['exchangeRate', rateText(next, settings, locale)]];
  for (const money of OFFER_FIELDS.filter((f) => f.kind === 'money')) {
    const amount = readNumber(textAt(values, money.path), 'amount', locale);
    if (amount.ok) changes.push([money.path, formatMoneyInput(amount.value, next, locale)]);
  }
  return changes;
};

/** The text of the field at `path` in a set of form values. */
export const textAt = (values: OfferFormInput, path: string): string =>
  String(valueAt(values, path) ?? '');

/**
 * The offer as the form stands: every field that reads takes its typed value,
 * the rest keep what was opened. Decides which fields apply (an equity type's
 * own fields, a clawback only with a signing bonus).
 */
export const previewOffer = (values: OfferFormInput, opened: Offer, locale?: string): Offer => {
  const offer = structuredClone(opened) as unknown as Node;
  for (const field of OFFER_FIELDS) {
    const read = readFieldText(field, textAt(values, field.path), locale);
    if (read.ok) setValueAt(offer, field.path, read.value);
  }
  return offer as unknown as Offer;
};

/** The registry fields the form shows for `values`. */
export const shownFields = (values: OfferFormInput, opened: Offer, locale?: string) => {
  const preview = previewOffer(values, opened, locale);
  return new Set(
    OFFER_FIELDS.filter((field) => fieldApplies(field, preview)).map((field) => field.path),
  );
};

/**
 * The values to check and save: fields the form hides (another equity type's
 * fields, the rate of the display currency) keep the text they were opened
 * with, so something typed there and then hidden never blocks a save.
 */
export const applicableValues = (
  values: OfferFormInput,
  opened: OfferFormInput,
  openedOffer: Offer,
  displayCurrency: string,
  locale?: string,
): OfferFormInput => {
  const shown = shownFields(values, openedOffer, locale);
  const checked = structuredClone(values) as unknown as Node;
  for (const field of OFFER_FIELDS) {
    if (!shown.has(field.path)) setValueAt(checked, field.path, valueAt(opened, field.path));
  }
  if (values.currency === displayCurrency) checked.exchangeRate = '1';
  return checked as unknown as OfferFormInput;
};

/**
 * An offer's tax as it is saved: a place, or else an own rate, or `null` for
 * none (docs/data-format.md): the form holds both fields and their empties.
 */
export const normalizeTax = (offer: Offer): Offer => {
  const { tax } = offer;
  if (tax?.place) return { ...offer, tax: { place: tax.place, effectiveRatePct: null } };
  if (typeof tax?.effectiveRatePct === 'number') {
    return { ...offer, tax: { place: null, effectiveRatePct: tax.effectiveRatePct } };
  }
  return { ...offer, tax: null };
};

/** The saved offer: the form's output over the offer that was opened, stamped `now`. */
export const toOffer = (output: OfferFormOutput, opened: Offer, now: string): Offer => {
  const { exchangeRate: _rate, ...fields } = output;
  return normalizeTax({ ...opened, ...fields, updatedAt: now });
};

/** Whether two versions of an offer hold the same values (timestamps aside). */
export const sameOfferValues = (a: Offer, b: Offer): boolean =>
  OFFER_FIELDS.every((field) => sameValue(fieldValue(a, field), fieldValue(b, field)));

/** The registry paths whose saved value differs from what the form was opened with. */
export const changedFields = (output: OfferFormOutput, opened: Offer): string[] =>
  OFFER_FIELDS.filter(
    (field) => !sameValue(valueAt(output, field.path), fieldValue(opened, field)),
  ).map((field) => field.path);

/**
 * The offer to save for an edit: the newest stored version with only the
 * fields the person changed written over it, so a change made elsewhere to
 * another field (another tab, an import, an Undo) is kept.
 */
export const mergeEdits = (
  newest: Offer,
  output: OfferFormOutput,
  opened: Offer,
  now: string,
): Offer => {
  const offer = structuredClone(newest) as unknown as Node;
  for (const path of changedFields(output, opened)) setValueAt(offer, path, valueAt(output, path));
  return normalizeTax({ ...(offer as unknown as Offer), updatedAt: now });
};
