import { compensationRows } from './compensation';
import type { ExitScenario, Offer, Settings } from '../document/schema';

/*
 * The ranges of an offer's money (scoring.md §12) and the yearly band they
 * give: what the yearly pay chart draws. Apart from the win probability's
 * draws (money-uncertainty.ts), so that the chart loads only this.
 */

/**
 * A triangular distribution (§12): nothing below `low` or above `high`, most
 * likely at `mode` (the expected figure the person gave), falling off in a
 * straight line to either end.
 */
export interface Triangle {
  low: number;
  mode: number;
  high: number;
}

/** A range around `mode`, an end not given taking `mode`; null when neither end leaves it. */
export const rangeAround = (low: number | null, mode: number, high: number | null) => {
  const range = { low: low ?? mode, mode, high: high ?? mode };
  return range.low < mode || range.high > mode ? range : null;
};

export const withExits = (offer: Offer, exits: ExitScenario[]): Offer => ({
  ...offer,
  compensation: {
    ...offer.compensation,
    equity: {
      ...offer.compensation.equity,
      private: { ...offer.compensation.equity.private, exits },
    },
  },
});

/** The offer with its share price and bonus payout as drawn (null: as given). */
export const withDrawn = (
  offer: Offer,
  sharePrice: number | null,
  bonusPayout: number | null,
): Offer => {
  const c = offer.compensation;
  return {
    ...offer,
    compensation: {
      ...c,
      bonusPayoutPct: bonusPayout ?? c.bonusPayoutPct,
      equity: { ...c.equity, sharePrice: sharePrice ?? c.equity.sharePrice },
    },
  };
};

/** The share price range that applies: a listed company's options (§12). */
export const sharePriceRange = (offer: Offer): Triangle | null => {
  const { equity } = offer.compensation;
  if (equity.kind !== 'options' || equity.market !== 'listed') return null;
  return rangeAround(equity.sharePriceLow, equity.sharePrice, equity.sharePriceHigh);
};

/** The bonus payout range (%) that applies: an offer with a bonus (§12). */
export const bonusPayoutRange = (offer: Offer): Triangle | null => {
  const c = offer.compensation;
  const hasBonus = c.bonusAs === 'amount' ? c.bonusAmount > 0 : c.bonusTargetPct > 0;
  if (!hasBonus) return null;
  return rangeAround(c.bonusPayoutLowPct, c.bonusPayoutPct, c.bonusPayoutHighPct);
};

/** One year's lowest and highest total pay, beside the expected one (offer currency, §12). */
export interface YearBand {
  year: number;
  low: number;
  expected: number;
  high: number;
}

/**
 * The yearly pay chart's band (§12): each year's total with the share price
 * and bonus payout at the low ends and the worst exit scenario (no exit, when
 * the chances leave room for it), and at the high ends with the best one.
 * Pay only grows with the share price and the payout, so these are the
 * lowest and highest totals any draw can give. Null when nothing is unsure.
 */
export const yearlyBand = (
  offer: Offer,
  settings: Pick<Settings, 'horizonYears'>,
): YearBand[] | null => {
  const sharePrice = sharePriceRange(offer);
  const bonusPayout = bonusPayoutRange(offer);
  const { equity } = offer.compensation;
  const exits = equity.market === 'private' && equity.kind !== 'none' ? equity.private.exits : [];
  const live = exits.filter((e) => e.pct > 0);
  if (!sharePrice && !bonusPayout && live.length === 0) return null;
  const ways = live.map((e) => [{ ...e, pct: 100 }]);
  if (live.length === 0 || live.reduce((sum, e) => sum + e.pct, 0) < 100 - 1e-9) ways.push([]);
  const totals = (price: number | null, payout: number | null) =>
    ways.map((w) =>
      compensationRows(
        withDrawn(live.length ? withExits(offer, w) : offer, price, payout),
        settings,
      ),
    );
  const lows = totals(sharePrice?.low ?? null, bonusPayout?.low ?? null);
  const highs = totals(sharePrice?.high ?? null, bonusPayout?.high ?? null);
  return compensationRows(offer, settings).map((row, y) => ({
    year: row.year,
    low: Math.min(row.total, ...lows.map((rows) => rows[y]!.total)),
    expected: row.total,
    high: Math.max(row.total, ...highs.map((rows) => rows[y]!.total)),
  }));
};
