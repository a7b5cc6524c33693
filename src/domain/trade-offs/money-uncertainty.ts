import {
  bonusPayoutRange,
  sharePriceRange,
  withDrawn,
  withExits,
  type Triangle,
} from '../pay/money-band';
import { meanCompensation, type ScoredOffer } from '../scoring/scoring';
import type { ExitScenario, Offer, Settings } from '../document/schema';
import type { TaxRules } from '../tax/rules';

export type { Triangle } from '../pay/money-band';

/*
 * How unsure the money is (scoring.md §7 and §12): a private company's grant
 * pays as one of its exit scenarios, or not at all; a listed company's share
 * price and a bonus's payout lie somewhere in the range the person gave. The
 * win probability draws them, as well as the weights.
 */

/** One way an offer's pay may turn out: its mean yearly pay `M` then, and how likely. */
export interface MoneyOutcome {
  chance: number;
  mean: number;
  /** The scenarios that make it (each exit at 100 %, or none for "no exit in time"). */
  exits: ExitScenario[];
}

/** What the person is unsure of about one company's money. */
export type UnsureOf = 'equity' | 'bonus';
export interface UnsureMoney {
  company: string;
  of: UnsureOf[];
}

/** Per scored offer, what the draws take; null where its pay is sure. */
export interface OfferDraws {
  offer: Offer;
  /** Its exit scenarios (and no exit); null when it has none. */
  outcomes: MoneyOutcome[] | null;
  /** The share price of a listed company's options; null when not drawn. */
  sharePrice: Triangle | null;
  /** The bonus payout (%); null when not drawn. */
  bonusPayout: Triangle | null;
}

export interface MoneyOutcomes {
  /** Per scored offer (in the order given), what the draws take; null where its pay is sure. */
  draws: (OfferDraws | null)[];
  /** Companies whose pay differs between draws, and in what: what the person is unsure about. */
  unsureAbout: UnsureMoney[];
  settings: Settings;
  /** The tax rules the pay was worked out with (after tax). */
  rules: TaxRules;
}

/**
 * The value at `u` (0 to 1) of a triangular distribution: the inverse of its
 * distribution function, so a uniform `u` gives a triangular draw.
 */
export const triangleQuantile = ({ low, mode, high }: Triangle, u: number): number => {
  const width = high - low;
  if (width <= 0) return mode;
  if (u * width < mode - low) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
};

/**
 * A private company's grant with exit scenarios: `M` as if each scenario
 * were certain (its chance as given) and, for the chance left over, as if no
 * exit came; null without scenarios.
 */
const exitOutcomes = (offer: Offer, settings: Settings, rules: TaxRules, fallback: number) => {
  const { equity } = offer.compensation;
  if (equity.market !== 'private' || equity.kind === 'none') return null;
  const exits = equity.private.exits.filter((e) => e.pct > 0);
  if (exits.length === 0) return null;
  const list: MoneyOutcome[] = exits.map((e) => {
    const sure = [{ ...e, pct: 100 }];
    return {
      chance: e.pct / 100,
      mean: meanCompensation(withExits(offer, sure), settings, rules) ?? fallback,
      exits: sure,
    };
  });
  const rest = 1 - list.reduce((sum, o) => sum + o.chance, 0);
  if (rest > 1e-9)
    list.push({
      chance: rest,
      mean: meanCompensation(withExits(offer, []), settings, rules) ?? fallback,
      exits: [],
    });
  return list;
};

/**
 * Each scored offer's possible pay: its exit scenarios, its share price range
 * and its bonus payout range. Worked out by the model itself
 * (`meanCompensation`: cost of living, currency, tax), so that a scenario at
 * 100 % gives exactly the ranking's own figure. A range that moves no pay
 * (options under water at both ends) is not drawn.
 */
export const moneyOutcomes = (
  scored: readonly ScoredOffer[],
  offers: readonly Offer[],
  settings: Settings,
  rules: TaxRules,
): MoneyOutcomes => {
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const unsureAbout: UnsureMoney[] = [];
  const draws = scored.map((s): OfferDraws | null => {
    const offer = byId.get(s.offerId);
    if (!offer) return null;
    const mean = (o: Offer) => meanCompensation(o, settings, rules) ?? s.meanCompensation;
    const moves = (range: Triangle | null, at: (x: number) => Offer) =>
      range !== null && mean(at(range.low)) !== mean(at(range.high)) ? range : null;
    const outcomes = exitOutcomes(offer, settings, rules, s.meanCompensation);
    const sharePrice = moves(sharePriceRange(offer), (x) => withDrawn(offer, x, null));
    const bonusPayout = moves(bonusPayoutRange(offer), (x) => withDrawn(offer, null, x));
    const of: UnsureOf[] = [];
    if (sharePrice || outcomes?.some((o) => o.mean !== outcomes[0]!.mean)) of.push('equity');
    if (bonusPayout) of.push('bonus');
    if (of.length > 0) unsureAbout.push({ company: s.company, of });
    return outcomes || sharePrice || bonusPayout
      ? { offer, outcomes, sharePrice, bonusPayout }
      : null;
  });
  return { draws, unsureAbout, settings, rules };
};

/**
 * For each draw, every offer's compensation score (§4) with its pay drawn
 * (the others keep theirs): `100 × M / max M`, as scoring computes it. Per
 * offer in order, one number picks the exit scenario, one the share price
 * and one the bonus payout, each only where the offer has it: an offer with
 * exit scenarios alone draws exactly as before ranges existed. `null` when no
 * offer's pay is in doubt.
 */
export const compensationDraw = (
  scored: readonly ScoredOffer[],
  { draws, settings, rules }: MoneyOutcomes,
): ((random: () => number) => number[]) | null => {
  if (draws.every((d) => d === null)) return null;
  const means = scored.map((s) => s.meanCompensation);
  return (random) => {
    let max = 0;
    draws.forEach((d, i) => {
      if (d) {
        let pick: MoneyOutcome | null = null;
        if (d.outcomes) {
          const u = random();
          let cumulative = 0;
          // The last outcome takes what rounding leaves of the chances.
          pick = d.outcomes.find((o) => (cumulative += o.chance) > u) ?? d.outcomes.at(-1)!;
        }
        const price = d.sharePrice && triangleQuantile(d.sharePrice, random());
        const payout = d.bonusPayout && triangleQuantile(d.bonusPayout, random());
        if (price === null && payout === null) means[i] = pick!.mean;
        else {
          const offer = pick ? withExits(d.offer, pick.exits) : d.offer;
          means[i] =
            meanCompensation(withDrawn(offer, price, payout), settings, rules) ??
            scored[i]!.meanCompensation;
        }
      }
      max = Math.max(max, means[i]!);
    });
    return means.map((mean) => (max === 0 ? 0 : 100 * (mean / max)));
  };
};
