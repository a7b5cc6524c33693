import {
  COMPENSATION_PARTS,
  adjustForCostOfLiving,
  yearlyCompensation,
  type CompensationPart,
} from '../../domain/pay/compensation';
import {
  FACTORS,
  type Factor,
  type Offer,
  type Settings,
  type Weights,
} from '../../domain/document/schema';
import { exchangeRate } from '../../domain/pay/currency';
import { type FactorScores } from '../../domain/scoring/scoring';
import { yearlyBand } from '../../domain/pay/money-band';
import { factorParts, type ContributionRow, type RankedLike } from './contributions';

/*
 * Rows for the comparison charts. Pure functions: the chart components only
 * draw what these return, and the numbers are tested here.
 */

// Each factor's part of a total: small, and shared with the ranking on the first screen.
export { stackSegments } from './contributions';
export type { ContributionRow } from './contributions';

/** Each ranked offer's factor parts (`factorParts`), in the ranking's order. */
export const contributionRows = (
  ranked: readonly RankedLike[],
  weights: Weights,
): ContributionRow[] =>
  ranked.map(({ offerId, company, rank, total, factors }) => ({
    offerId,
    company,
    rank,
    total,
    ...factorParts(factors, weights),
  }));

export interface OfferSeries {
  /** A data key safe for recharts (offer ids may contain dots). */
  key: string;
  offerId: string;
  company: string;
  /** Position in document.offers, for the offer's stable colour. */
  colorIndex: number;
}

export type FactorRow = { factor: Factor } & Record<string, number | string>;

/**
 * One row per factor with every scored offer's score under its series key,
 * for grouped bars. Offers keep document order, so a weight change that
 * only reorders the ranking leaves these rows equal.
 */
export const factorRows = (
  offers: readonly Offer[],
  scoresById: ReadonlyMap<string, { factors: FactorScores }>,
): { series: OfferSeries[]; rows: FactorRow[] } => {
  const series: OfferSeries[] = [];
  offers.forEach((offer, index) => {
    if (scoresById.has(offer.id))
      series.push({
        key: `o${index}`,
        offerId: offer.id,
        company: offer.company,
        colorIndex: index,
      });
  });
  const rows = FACTORS.map((factor) => {
    const row: FactorRow = { factor };
    for (const s of series) row[s.key] = scoresById.get(s.offerId)!.factors[factor];
    return row;
  });
  return { series, rows };
};

export type YearRow = {
  year: number;
  total: number;
  /** Income tax and social contributions (scoring.md §11); 0 when compared before tax. */
  tax: number;
  /** The year's lowest and highest total where the money is unsure (scoring.md §12). */
  low?: number;
  high?: number;
  /** The same pair, as the range mark over the bar reads it. */
  range?: [number, number];
} & Record<CompensationPart, number>;

export interface OfferYears {
  offerId: string;
  company: string;
  colorIndex: number;
  years: YearRow[];
  /** Mean of the yearly totals shown (before tax). */
  mean: number;
  /** Mean of the yearly totals less tax and contributions, when the offer's tax is known. */
  netMean?: number;
  /** A private company's grant: its equity is the expected value at exit (scoring.md §12). */
  expectedEquity?: boolean;
}

export interface YearlyChartData {
  /** Display currency every amount is in. */
  currency: string;
  adjusted: boolean;
  offers: OfferYears[];
  /** Offers left out because their exchange rate is missing. */
  excluded: { offerId: string; company: string; currency: string }[];
  /** Largest yearly total, so small multiples share one scale. */
  max: number;
  /** Lowest value under the axis: the largest health costs (a negative part), else 0. */
  min: number;
  /** Compared after tax, with the tax of at least one offer known: the charts show it. */
  tax: boolean;
}

/**
 * Compensation year by year for every offer (in document order, for stable
 * colours), converted to the display
 * currency and, when `adjusted`, as if earned at the reference cost of living
 * (the number the compensation score uses). `taxOf`, when comparing after
 * tax, gives an offer's tax and social contributions year by year in its own
 * currency (null when unknown), converted and adjusted like the pay.
 */
export const yearlyChartData = (
  allOffers: readonly Offer[],
  settings: Pick<Settings, 'horizonYears' | 'currency' | 'exchangeRates'>,
  { adjusted }: { adjusted: boolean },
  taxOf?: (offer: Offer) => readonly number[] | null,
): YearlyChartData => {
  const offers: OfferYears[] = [];
  const excluded: YearlyChartData['excluded'] = [];
  let max = 0;
  let min = 0;
  allOffers.forEach((offer, colorIndex) => {
    const lookup = exchangeRate(offer.currency, settings);
    if (!lookup.ok) {
      excluded.push({ offerId: offer.id, company: offer.company, currency: offer.currency });
      return;
    }
    const index = offer.compensation.costOfLivingIndex;
    const scale = (amount: number) =>
      (adjusted ? adjustForCostOfLiving(amount, index) : amount) * lookup.rate;
    const taxes = taxOf?.(offer);
    const band = yearlyBand(offer, settings);
    const years = yearlyCompensation(offer, settings).map((year, y): YearRow => {
      const row = {
        year: year.year,
        total: scale(year.total),
        tax: scale(taxes?.[y] ?? 0),
      } as YearRow;
      for (const part of COMPENSATION_PARTS) row[part] = scale(year[part]);
      const range = band?.[y];
      if (range) {
        row.low = Math.min(row.total, scale(range.low));
        row.high = Math.max(row.total, scale(range.high));
        row.range = [row.low, row.high];
      }
      return row;
    });
    const mean = years.reduce((sum, y) => sum + y.total, 0) / Math.max(1, years.length);
    const netMean = taxes
      ? mean - years.reduce((sum, y) => sum + y.tax, 0) / Math.max(1, years.length)
      : null;
    // Health costs are drawn under the axis, so the bar above it reaches total − health.
    for (const y of years) {
      max = Math.max(max, y.high ?? y.total, y.total - y.health);
      min = Math.min(min, y.health);
    }
    const { equity } = offer.compensation;
    offers.push({
      offerId: offer.id,
      company: offer.company,
      colorIndex,
      years,
      mean,
      ...(netMean === null ? {} : { netMean }),
      expectedEquity: equity.kind !== 'none' && equity.market === 'private',
    });
  });
  const tax = offers.some((offer) => offer.years.some((year) => year.tax > 0));
  return { currency: settings.currency, adjusted, offers, excluded, max, min, tax };
};

/** The parts that are not zero in any year of any offer: empty parts stay out of legends. */
export const partsInUse = (data: YearlyChartData): CompensationPart[] =>
  COMPENSATION_PARTS.filter((part) =>
    data.offers.some((offer) => offer.years.some((year) => year[part] !== 0)),
  );

/**
 * A round axis top and evenly spaced ticks for `max` (363,500 → 0…400,000 in
 * steps of 100,000), so small multiples read like a printed chart.
 */
export const niceScale = (max: number, targetTicks = 4): { max: number; ticks: number[] } => {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { max: ticks[ticks.length - 1]!, ticks };
};

/** Past this many offers the charts draw the best-ranked ones: more bars are unreadable and slow. */
export const CHART_OFFER_LIMIT = 20;

/**
 * The offers the charts draw: `null` (all of them) up to the limit, else the
 * ids of the best-ranked, sorted, so that a weight drag that keeps the same
 * offers on top gives an equal list (and, as a selector's input, the same
 * charts).
 */
export const drawnOfferIds = (
  ranked: readonly { offerId: string }[],
  limit = CHART_OFFER_LIMIT,
): string[] | null =>
  ranked.length <= limit
    ? null
    : ranked
        .slice(0, limit)
        .map((r) => r.offerId)
        .sort();

/** Keeps the items whose offer is drawn (all of them when `ids` is null). */
export const onlyDrawn = <T extends { offerId: string }>(
  items: T[],
  ids: readonly string[] | null,
): T[] => {
  if (ids === null) return items;
  const drawn = new Set(ids);
  return items.filter((item) => drawn.has(item.offerId));
};
