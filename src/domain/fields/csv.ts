import { OFFER_FIELDS, fieldValue, type OfferField } from './offer-fields';
import { rankScored, type RankedOffer } from '../scoring/ranking';
import { scoreDocument } from '../scoring/scoring';
import { type Offer, type Settings, type TradeoffDocument } from '../document/schema';
import { completeSettings } from '../document/defaults';
import { averageWords, basisWords } from '../scoring/basis';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';

export type CsvValue = string | number | null;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV
 * injection), so text cells starting with them get a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: numbers as they are, text defused and quoted when needed. */
export const csvCell = (value: CsvValue): string => {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows to RFC 4180 text: comma separated, CRLF line ends, a final CRLF. */
export const toCsv = (rows: readonly (readonly CsvValue[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

type Scores =
  | { rank: number; total: number; factors: RankedOffer['factors']; meanCompensation: number }
  | undefined;

/** A column's header, fixed or naming the settings it is counted on. */
type Header = string | ((settings: Settings) => string);

type Column = readonly [header: Header, cell: (offer: Offer, scores: Scores) => CsvValue];

/** "Pay per year, after tax (4-year average, cost-of-living adjusted, USD)". */
const payHeader = (settings: Settings): string =>
  `Pay per year, ${basisWords(settings.compareOn)} (${averageWords(settings.horizonYears)}, cost-of-living adjusted, ${settings.currency})`;

const headersFor = (settings: Settings): string[] =>
  COLUMNS.map(([header]) => (typeof header === 'string' ? header : header(settings)));

/** An input as a cell: choices by their stored value, a schedule as "25 25 25 25", a flag as yes or no. */
const inputColumn = (field: OfferField): Column => [
  field.label,
  (offer) => {
    const value = fieldValue(offer, field);
    // A schedule's percentages as they are; exit scenarios (objects) as JSON.
    if (Array.isArray(value))
      return typeof value[0] === 'object' ? JSON.stringify(value) : value.join(' ');
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return typeof value === 'number' || typeof value === 'string' ? value : null;
  },
];

/** Every input of an offer, labelled as in the offer form, then its scores. */
const COLUMNS: readonly Column[] = [
  ...OFFER_FIELDS.map(inputColumn),
  [payHeader, (_o, s) => (s ? Math.round(s.meanCompensation) : null)],
  ['Compensation score', (_o, s) => round2(s?.factors.compensation)],
  ['Growth score', (_o, s) => round2(s?.factors.growth)],
  ['Culture score', (_o, s) => round2(s?.factors.culture)],
  ['Work-life balance score', (_o, s) => round2(s?.factors.workLife)],
  ['Total score', (_o, s) => round2(s?.total)],
  ['Rank', (_o, s) => s?.rank ?? null],
  ['Id', (o) => o.id],
  ['Created at', (o) => o.createdAt],
  ['Updated at', (o) => o.updatedAt],
];

/** Scores are shown with one decimal in the app; two keep the CSV honest without noise. */
const round2 = (value: number | undefined) =>
  value === undefined ? null : Math.round(value * 100) / 100;

/**
 * The spreadsheet export: one row per offer in the document's order, every
 * input plus the pay per year (its header naming the basis), the factor
 * scores, total and rank. An offer that cannot be
 * scored (missing exchange rate, or tax rules not at hand after tax) has
 * empty score cells.
 */
export const documentToCsv = (
  document: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
): string => {
  const ranked = new Map(
    rankScored(scoreDocument(document, rules).scored).map((s) => [s.offerId, s]),
  );
  return toCsv([
    headersFor(completeSettings(document.settings)),
    ...document.offers.map((offer) => {
      const scores = ranked.get(offer.id);
      return COLUMNS.map(([, cell]) => cell(offer, scores));
    }),
  ]);
};

/** The CSV's header row with the default settings (before tax), for readers and tests. */
export const CSV_HEADERS: readonly string[] = headersFor(completeSettings({}));
