import {
  bonusPayoutRange,
  sharePriceRange,
  withDrawn,
  withExits,
  type Triangle,
} from '../pay/money-band';
import { meanCompensation, type PaySettings, type ScoredOffer } from '../scoring/scoring';
import type { ExitScenario, Offer } from '../document/schema';
import type { TaxRules } from '../tax/rules';
import { runSteps, type Steps } from '../steps';
import { seededRandom } from './random';
import { MONEY_SEED, WIN_PROBABILITY_DRAWS } from './win-probability';

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

/** One offer's money in the win probability's draws: what is unsure, and `M` in each draw. */
export interface OfferMoney {
  of: UnsureOf[];
  /** The offer's mean yearly pay `M` in each of the draws, in order. */
  pay: Float64Array;
}

/** Per offer, the work of drawing its money: what `offerMoneySteps` returns, or a cached share of it. */
export type MoneyOf = (offer: Offer) => Steps<OfferMoney | null>;

export interface MoneyOutcomes {
  /** Per scored offer (in the order given), `M` in each draw; null where its pay is sure. */
  pay: (Float64Array | null)[];
  /** Companies whose pay differs between draws, and in what: what the person is unsure about. */
  unsureAbout: UnsureMoney[];
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

/** A private company's grant's exit scenarios with a chance above 0; none for other equity. */
const liveExits = (offer: Offer): ExitScenario[] => {
  const { equity } = offer.compensation;
  if (equity.market !== 'private' || equity.kind === 'none') return [];
  return equity.private.exits.filter((e) => e.pct > 0);
};

/**
 * Whether the draws take anything of the offer's money: a share-price range, a
 * bonus-payout range or exit scenarios (`offerMoneySteps` then works out
 * whether they move its pay). Without, its money is drawn in one step.
 */
export const mayDrawMoney = (offer: Offer): boolean =>
  sharePriceRange(offer) !== null ||
  bonusPayoutRange(offer) !== null ||
  liveExits(offer).length > 0;

/**
 * A private company's grant with exit scenarios: `M` as if each scenario
 * were certain (its chance as given) and, for the chance left over, as if no
 * exit came; null without scenarios.
 */
const exitOutcomes = (offer: Offer, settings: PaySettings, rules: TaxRules, fallback: number) => {
  const exits = liveExits(offer);
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

/** Draws taken between two pauses of `offerMoneySteps`: a few milliseconds at most. */
const DRAWS_PER_STEP = 50;

/** The seed of an offer's own sequence: `seed` mixed with the FNV-1a hash of its id. */
export const offerSeed = (id: string, seed: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (seed ^ hash) >>> 0;
};

/**
 * An offer's money in the win probability's draws (scoring.md §7 and §12):
 * what the draws take (its exit scenarios, its share price range and its
 * bonus payout range) and `M` in each of the `count` draws, worked out by the
 * model itself (`meanCompensation`: cost of living, currency, tax), so that a
 * scenario at 100 % gives exactly the ranking's own figure. A range that
 * moves no pay (options under water at both ends) is not drawn. The draws
 * come from a seeded sequence of the offer's own (`offerSeed`): per draw, one
 * number picks the exit scenario, one the share price and one the bonus
 * payout, each only where the offer has it. So they depend on the offer, the
 * settings that move pay and the seed alone, never on the weights or on the
 * other offers. Null when the offer's pay is sure or cannot be worked out.
 * Pauses after every 50 draws.
 */
export function* offerMoneySteps(
  offer: Offer,
  settings: PaySettings,
  rules: TaxRules,
  count = WIN_PROBABILITY_DRAWS,
  seed = MONEY_SEED,
): Steps<OfferMoney | null> {
  const expected = meanCompensation(offer, settings, rules);
  if (expected === null) return null;
  const mean = (o: Offer) => meanCompensation(o, settings, rules) ?? expected;
  const moves = (range: Triangle | null, at: (x: number) => Offer) =>
    range !== null && mean(at(range.low)) !== mean(at(range.high)) ? range : null;
  const outcomes = exitOutcomes(offer, settings, rules, expected);
  const sharePrice = moves(sharePriceRange(offer), (x) => withDrawn(offer, x, null));
  const bonusPayout = moves(bonusPayoutRange(offer), (x) => withDrawn(offer, null, x));
  if (!outcomes && !sharePrice && !bonusPayout) return null;
  const of: UnsureOf[] = [];
  if (sharePrice || outcomes?.some((o) => o.mean !== outcomes[0]!.mean)) of.push('equity');
  if (bonusPayout) of.push('bonus');

  const random = seededRandom(offerSeed(offer.id, seed));
  const pay = new Float64Array(count);
  /** One draw; the sequence takes one number per thing drawn, in this order. */
  const drawOne = (): number => {
    let pick: MoneyOutcome | null = null;
    if (outcomes) {
      const u = random();
      let cumulative = 0;
      // The last outcome takes what rounding leaves of the chances.
      pick = outcomes.find((o) => (cumulative += o.chance) > u) ?? outcomes.at(-1)!;
    }
    const price = sharePrice && triangleQuantile(sharePrice, random());
    const payout = bonusPayout && triangleQuantile(bonusPayout, random());
    return price === null && payout === null
      ? pick!.mean
      : mean(withDrawn(pick ? withExits(offer, pick.exits) : offer, price, payout));
  };
  for (let draw = 0; draw < count; draw++) {
    pay[draw] = drawOne();
    if (draw % DRAWS_PER_STEP === DRAWS_PER_STEP - 1) yield;
  }
  return { of, pay };
}

/** `offerMoneySteps` run to the end at once. */
export const offerMoney = (...args: Parameters<typeof offerMoneySteps>): OfferMoney | null =>
  runSteps(offerMoneySteps(...args));

/**
 * Every scored offer's money in the draws (`moneyOf`, one offer at a time,
 * which a caller may cache on the offer), in the order given, and the
 * companies whose pay is unsure.
 */
export function* moneyOutcomes(
  scored: readonly ScoredOffer[],
  offers: readonly Offer[],
  moneyOf: MoneyOf,
): Steps<MoneyOutcomes> {
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const unsureAbout: UnsureMoney[] = [];
  const pay: (Float64Array | null)[] = [];
  for (const s of scored) {
    const offer = byId.get(s.offerId);
    const money = offer ? yield* moneyOf(offer) : null;
    if (money && money.of.length > 0) unsureAbout.push({ company: s.company, of: money.of });
    pay.push(money?.pay ?? null);
  }
  return { pay, unsureAbout };
}
