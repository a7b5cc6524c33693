import { rankScored, type RankedOffer } from './ranking';
import type { Offer, TradeoffDocument } from './schema';
import { scoreDocument } from './scoring';

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

type Scores = { rank: number; total: number; factors: RankedOffer['factors'] } | undefined;

/** Every input of an offer, labelled as in the offer form, then its scores. */
const COLUMNS: readonly [header: string, cell: (offer: Offer, scores: Scores) => CsvValue][] = [
  ['Company', (o) => o.company],
  ['Role', (o) => o.role],
  ['Location', (o) => o.location],
  ['Currency', (o) => o.currency],
  ['Status', (o) => o.status],
  ['Decision deadline', (o) => o.deadline],
  ['Notes', (o) => o.notes],
  ['Base salary', (o) => o.compensation.baseSalary],
  ['Annual raise (%)', (o) => o.compensation.annualRaisePct],
  ['Bonus target (%)', (o) => o.compensation.bonusTargetPct],
  ['Signing bonus', (o) => o.compensation.signingBonus],
  ['Signing bonus clawback (months)', (o) => o.compensation.signingBonusClawbackMonths],
  ['Relocation', (o) => o.compensation.relocation],
  ['Retirement match (%)', (o) => o.compensation.retirementMatchPct],
  ['Retirement match cap', (o) => o.compensation.retirementMatchCap],
  ['Benefits value (per year)', (o) => o.compensation.benefitsValue],
  ['Cost of living index', (o) => o.compensation.costOfLivingIndex],
  ['Equity type', (o) => o.compensation.equity.kind],
  ['Grant value', (o) => o.compensation.equity.grantValue],
  ['Number of options', (o) => o.compensation.equity.shares],
  ['Strike price', (o) => o.compensation.equity.strikePrice],
  ['Share price', (o) => o.compensation.equity.sharePrice],
  ['Vesting schedule (%)', (o) => o.compensation.equity.vestingSchedule.join(' ')],
  ['Cliff (months)', (o) => o.compensation.equity.cliffMonths],
  ['Annual refresher', (o) => o.compensation.equity.annualRefresher],
  ['Expected stock growth (%)', (o) => o.compensation.equity.expectedGrowthPct],
  ['Equity risk discount (%)', (o) => o.compensation.equity.riskDiscountPct],
  ['Learning', (o) => o.growth.learning],
  ['Career progression', (o) => o.growth.careerProgression],
  ['Mentorship', (o) => o.growth.mentorship],
  ['Company outlook', (o) => o.growth.companyOutlook],
  ['Manager', (o) => o.culture.manager],
  ['Team', (o) => o.culture.team],
  ['Values', (o) => o.culture.values],
  ['Hours per week', (o) => o.workLife.hoursPerWeek],
  ['Paid time off (days)', (o) => o.workLife.ptoDays],
  ['Office days per week', (o) => o.workLife.officeDaysPerWeek],
  ['Commute (minutes, one way)', (o) => o.workLife.commuteMinutes],
  ['Flexibility', (o) => o.workLife.flexibility],
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
 * input plus the factor scores, total and rank. An offer that cannot be
 * scored (missing exchange rate) has empty score cells.
 */
export const documentToCsv = (document: TradeoffDocument): string => {
  const ranked = new Map(rankScored(scoreDocument(document).scored).map((s) => [s.offerId, s]));
  return toCsv([
    COLUMNS.map(([header]) => header),
    ...document.offers.map((offer) => {
      const scores = ranked.get(offer.id);
      return COLUMNS.map(([, cell]) => cell(offer, scores));
    }),
  ]);
};

/** The CSV's header row, for readers and tests. */
export const CSV_HEADERS: readonly string[] = COLUMNS.map(([header]) => header);
