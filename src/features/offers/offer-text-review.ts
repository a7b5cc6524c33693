import { choiceLabel, offerField } from '../../domain/fields/offer-fields';
import type { Proposal } from '../../domain/offer-text/proposal';
import type { OfferFormInput } from './offer-form-schema';
import { fieldText, textAt } from './offer-form-values';

/*
 * The rows of "What Tradeoff read": each proposed value as its input would
 * hold it, and whether it is in the form already, free to fill in, or would
 * replace something the person typed (asked one by one, never by "Use all").
 */

/** What a money figure is counted per, so every amount read names its basis. */
const MONEY_BASIS: Record<string, string> = {
  'compensation.baseSalary': 'a year',
  'compensation.bonusAmount': 'a year',
  'compensation.signingBonus': 'once, in year 1',
  'compensation.signingBonusYear2': 'once, in year 2',
  'compensation.relocation': 'once',
  'compensation.retirementMatchCap': 'a year',
  'compensation.equity.grantValue': 'the whole grant',
  'compensation.equity.annualRefresher': 'a year',
  'compensation.equity.strikePrice': 'per share',
  'compensation.equity.sharePrice': 'per share',
  'compensation.equity.private.commonPrice': 'per share',
  'compensation.equity.private.preferredPrice': 'per share',
};

export type RowState = 'in-form' | 'free' | 'typed';

export interface ReviewRow {
  proposal: Proposal;
  label: string;
  /** The value as its input holds it ("$185,000", "25, 25, 25, 25"). */
  shown: string;
  /** The field's text once used (notes: what is there plus this line). */
  text: string;
  /** What the value is counted per, for money. */
  per?: string;
  /** The values that come with it, in words ("Bonus as: An amount"). */
  also: string[];
  state: RowState;
  /** What the field holds now, when the person typed it. */
  current: string;
}

/** The words a proposal came from, shortened for a quote. */
export const quote = (text: string, proposal: Pick<Proposal, 'source'>, max = 140): string => {
  const words = text.slice(proposal.source.start, proposal.source.end).replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max - 1)}…` : words;
};

const valueText = (path: string, value: Proposal['value'], currency: string, locale?: string) => {
  const field = offerField(path);
  if (!field) return String(value);
  if (field.kind === 'choice') return String(value);
  return fieldText(field, value, currency, locale);
};

/** The field's text with the proposal in it. */
export const proposedText = (
  proposal: Pick<Proposal, 'path' | 'value'>,
  values: OfferFormInput,
  currency: string,
  locale?: string,
): string => {
  const text = valueText(proposal.path, proposal.value, currency, locale);
  if (proposal.path !== 'notes') return text;
  const notes = textAt(values, 'notes').trimEnd();
  return notes.includes(text) ? notes : notes === '' ? text : `${notes}\n${text}`;
};

export const reviewRow = (
  proposal: Proposal,
  values: OfferFormInput,
  blank: OfferFormInput,
  currency: string,
  locale?: string,
): ReviewRow => {
  const field = offerField(proposal.path);
  const text = proposedText(proposal, values, currency, locale);
  const current = textAt(values, proposal.path);
  const untouched = current.trim() === '' || current === textAt(blank, proposal.path);
  const state: RowState =
    current === text ? 'in-form' : untouched || proposal.path === 'notes' ? 'free' : 'typed';
  const per = MONEY_BASIS[proposal.path];
  return {
    proposal,
    label: field?.label ?? proposal.path,
    shown:
      field?.kind === 'choice'
        ? choiceLabel(proposal.path, String(proposal.value))
        : proposal.path === 'notes'
          ? String(proposal.value)
          : valueText(proposal.path, proposal.value, currency, locale),
    text,
    ...(per ? { per } : {}),
    also: (proposal.with ?? []).map(
      (w) => `${offerField(w.path)?.label ?? w.path}: ${choiceLabel(w.path, String(w.value))}`,
    ),
    state,
    current,
  };
};

/** The currency the amounts read are in: the one read from the text, else the form's. */
export const readingCurrency = (proposals: readonly Proposal[], formCurrency: string): string => {
  const read = proposals.find((p) => p.path === 'currency')?.value;
  return typeof read === 'string' ? read : formCurrency;
};
