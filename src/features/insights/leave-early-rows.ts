import { LEAVE_EARLY_MONTHS, leaveEarly } from '../../domain/pay/leave-early';
import { exchangeRate } from '../../domain/pay/currency';
import { type Offer, type TradeoffDocument } from '../../domain/document/schema';
import type { ExerciseTax } from '../../domain/tax/exercise';
import {
  leavingTax,
  leavingTaxUnknown,
  taxShares,
  toCents,
} from '../../domain/tax/leave-early-tax';
import { NO_TAX_RULES, placeRules, withTaxPlaces, type TaxRules } from '../../domain/tax/rules';
import type { PlaceRules } from '../../domain/tax/types';
import { derive } from '../../lib/derive';

/** One month of an offer, in the display currency. */
export interface LeaveEarlyPoint {
  month: number;
  /** Cash received (salary, bonus, one-time payments, retirement match, benefits). */
  paid: number;
  /** Equity vested, after the risk discount. */
  vested: number;
  /** Signing bonus paid back for leaving inside the clawback period. */
  clawback: number;
  /** After tax: the tax on the pay received (scoring.md §7); 0 before tax. */
  tax: number;
  /** After tax: the part of `tax` a payback takes back; 0 before tax. */
  taxBack: number;
  /** What the person walks away with: `paid + vested - clawback - tax + taxBack`. */
  net: number;
  /** Cash to buy the vested options within the exercise window, or lose them. */
  exerciseCost: number;
  /** A private company's vested options: what they bring on average once bought; else null. */
  exerciseWorth: number | null;
  /** The tax on buying them (scoring.md §12), its amounts in the display currency. */
  exerciseTax: ExerciseTax;
}

export interface LeaveEarlySeries {
  /** The series' key in `rows` (offer ids may contain dots). */
  key: string;
  /** Key of the "signing bonus kept" line drawn during the clawback period. */
  keptKey: string;
  offerId: string;
  company: string;
  /** Position in document.offers, for the offer's stable colour. */
  colorIndex: number;
  /** Month at which equity first vests, when that is a visible jump; else `null`. */
  cliffMonth: number | null;
  /** First month the signing bonus is kept, when some of it is clawed back before; else `null`. */
  clawbackEnds: number | null;
  /** Days after leaving to buy vested options, for an offer with options; else `null`. */
  exerciseWindowDays: number | null;
  points: LeaveEarlyPoint[];
}

export type LeaveEarlyRow = { month: number } & Record<string, number | undefined>;

export interface LeaveEarlyChartData {
  /** Display currency every amount is in. */
  currency: string;
  /** Whether what is kept is counted after tax (the basis the ranking compares on). */
  afterTax: boolean;
  series: LeaveEarlySeries[];
  /** One row per month 1–48: each series' net, and its pre-clawback value while the clawback runs. */
  rows: LeaveEarlyRow[];
  /** Cliffs, one per month, with the offers that have it (for reference lines). */
  cliffs: { month: number; companies: string[] }[];
  /** Offers left out because their exchange rate is missing. */
  excluded: { offerId: string; company: string; currency: string }[];
  /** After tax, offers left out because what taxes them is not known, and why. */
  untaxed: { offerId: string; company: string; reason: string }[];
  /** Offers with a rate left out only to keep the chart readable. */
  omitted: number;
}

export const MONTHS: readonly number[] = Array.from(
  { length: LEAVE_EARLY_MONTHS.max - LEAVE_EARLY_MONTHS.min + 1 },
  (_, i) => LEAVE_EARLY_MONTHS.min + i,
);

/** An exercise tax's amounts in the display currency. */
const convertTax = (tax: ExerciseTax, rate: number): ExerciseTax =>
  tax.kind === 'taxed'
    ? { ...tax, spread: tax.spread * rate, tax: tax.tax * rate }
    : tax.kind === 'none'
      ? tax
      : { ...tax, spread: tax.spread * rate };

/**
 * Forty-eight months of one offer, converted once per offer object, rate,
 * tax rules of its place and basis: moving a weight makes a new document but
 * keeps every offer, so dragging a slider recomputes nothing here.
 */
const offerPoints = derive(
  (
    offer: Offer,
    rate: number,
    place: PlaceRules | null,
    household: TradeoffDocument['settings']['household'],
    taxYear: number,
    pensionAsSavingsPct: number,
    afterTax: boolean,
  ) => [offer, rate, place, household, taxYear, pensionAsSavingsPct, afterTax],
  (offer, rate, place, household, taxYear, pensionAsSavingsPct, afterTax): LeaveEarlyPoint[] => {
    const tax = {
      rules: place ? withTaxPlaces(NO_TAX_RULES, [place]) : NO_TAX_RULES,
      settings: { household, taxYear, pensionAsSavingsPct },
    };
    const shares = afterTax ? taxShares(offer, tax.settings, tax.rules) : null;
    return MONTHS.map((month): LeaveEarlyPoint => {
      const { paid, vested, clawback, net, exerciseCost, exerciseWorth, exerciseTax } = leaveEarly(
        offer,
        { currency: offer.currency, exchangeRates: {} },
        month,
        tax,
      );
      const due = shares?.ok ? leavingTax(offer, month, shares.shares) : { onPay: 0, relief: 0 };
      return {
        month,
        paid: paid * rate,
        vested: vested * rate,
        clawback: clawback * rate,
        tax: due.onPay * rate,
        taxBack: due.relief * rate,
        // In cents, so a half-dollar reads as the ranking's figure whatever the float path.
        net: toCents((net - due.onPay + due.relief) * rate),
        exerciseCost: exerciseCost * rate,
        exerciseWorth: exerciseWorth === null ? null : exerciseWorth * rate,
        exerciseTax: convertTax(exerciseTax, rate),
      };
    });
  },
);

/** The first month with vested equity, if nothing vested before it (a cliff). */
const cliffOf = (offer: Offer, points: readonly LeaveEarlyPoint[]): number | null => {
  const { cliffMonths } = offer.compensation.equity;
  if (cliffMonths <= LEAVE_EARLY_MONTHS.min) return null;
  return (points[cliffMonths - LEAVE_EARLY_MONTHS.min]?.vested ?? 0) > 0 ? cliffMonths : null;
};

const clawbackEndOf = (offer: Offer): number | null => {
  const { signingBonus, signingBonusClawbackMonths: months } = offer.compensation;
  return signingBonus > 0 && months > LEAVE_EARLY_MONTHS.min && months <= LEAVE_EARLY_MONTHS.max
    ? months
    : null;
};

/**
 * What each offer leaves a person with on leaving after 1 to 48 months, in
 * the display currency, after tax when the ranking compares after tax.
 * Offers without an exchange rate, or after tax without a tax, are listed apart.
 * Past `limit` offers, the first ones in `preferred` order (the ranking) are
 * kept; the chart keeps document order so each line keeps its place.
 */
export const leaveEarlyChartData = (
  document: {
    offers: readonly Offer[];
    settings: Pick<TradeoffDocument['settings'], 'currency' | 'exchangeRates'> &
      Partial<
        Pick<
          TradeoffDocument['settings'],
          'household' | 'taxYear' | 'compareOn' | 'pensionAsSavingsPct'
        >
      >;
  },
  {
    preferred = [],
    limit = 6,
    rules = NO_TAX_RULES,
  }: { preferred?: readonly string[]; limit?: number; rules?: TaxRules } = {},
): LeaveEarlyChartData => {
  const { settings } = document;
  const afterTax = settings.compareOn === 'net';
  const excluded: LeaveEarlyChartData['excluded'] = [];
  const candidates: { offer: Offer; colorIndex: number; rate: number }[] = [];
  const untaxed: LeaveEarlyChartData['untaxed'] = [];
  document.offers.forEach((offer, colorIndex) => {
    const lookup = exchangeRate(offer.currency, settings);
    const taxUnknown = afterTax ? leavingTaxUnknown(offer, rules) : null;
    if (!lookup.ok)
      excluded.push({ offerId: offer.id, company: offer.company, currency: offer.currency });
    else if (taxUnknown !== null)
      untaxed.push({ offerId: offer.id, company: offer.company, reason: taxUnknown });
    else candidates.push({ offer, colorIndex, rate: lookup.rate });
  });

  let chosen = candidates;
  if (candidates.length > limit) {
    const place = new Map(preferred.map((id, i) => [id, i]));
    const byPreference = [...candidates].sort(
      (a, b) => (place.get(a.offer.id) ?? Infinity) - (place.get(b.offer.id) ?? Infinity),
    );
    const kept = new Set(byPreference.slice(0, limit));
    chosen = candidates.filter((candidate) => kept.has(candidate));
  }

  const series = chosen.map(({ offer, colorIndex, rate }): LeaveEarlySeries => {
    const place = offer.tax?.place ? (placeRules(rules, offer.tax.place) ?? null) : null;
    const points = offerPoints(
      offer,
      rate,
      place,
      settings.household ?? 'single',
      settings.taxYear ?? 2026,
      settings.pensionAsSavingsPct ?? 0,
      afterTax,
    );
    return {
      key: `o${colorIndex}`,
      keptKey: `o${colorIndex}kept`,
      offerId: offer.id,
      company: offer.company,
      colorIndex,
      cliffMonth: cliffOf(offer, points),
      clawbackEnds: clawbackEndOf(offer),
      exerciseWindowDays:
        offer.compensation.equity.kind === 'options'
          ? offer.compensation.equity.exerciseWindowDays
          : null,
      points,
    };
  });

  const rows = MONTHS.map((month, i) => {
    const row: LeaveEarlyRow = { month };
    for (const s of series) {
      const point = s.points[i]!;
      row[s.key] = point.net;
      // The dashed line runs until the bonus is kept, where it meets the solid one.
      if (s.clawbackEnds !== null && month <= s.clawbackEnds)
        row[s.keptKey] = point.net + point.clawback - point.taxBack;
    }
    return row;
  });

  const cliffMap = new Map<number, string[]>();
  for (const s of series) {
    if (s.cliffMonth === null) continue;
    cliffMap.set(s.cliffMonth, [...(cliffMap.get(s.cliffMonth) ?? []), s.company]);
  }
  const cliffs = [...cliffMap]
    .map(([month, companies]) => ({ month, companies }))
    .sort((a, b) => a.month - b.month);

  return {
    currency: settings.currency,
    afterTax,
    series,
    rows,
    cliffs,
    excluded,
    untaxed,
    omitted: candidates.length - chosen.length,
  };
};
