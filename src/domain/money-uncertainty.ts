import { meanCompensation, type ScoredOffer } from './scoring';
import type { ExitScenario, Offer, Settings } from './schema';

/*
 * How unsure the money is (scoring.md §7, win probability): a private
 * company's grant pays as one of its exit scenarios, or not at all; the win
 * probability draws which, as well as the weights.
 */

/** One way an offer's pay may turn out: its mean yearly pay `M` then, and how likely. */
export interface MoneyOutcome {
  chance: number;
  mean: number;
}

export interface MoneyOutcomes {
  /** Per scored offer (in the order given), its outcomes; null where its pay is sure. */
  outcomes: (MoneyOutcome[] | null)[];
  /** Companies whose pay differs between outcomes: what the person is unsure about. */
  unsureAbout: string[];
}

const withExits = (offer: Offer, exits: ExitScenario[]): Offer => ({
  ...offer,
  compensation: {
    ...offer.compensation,
    equity: {
      ...offer.compensation.equity,
      private: { ...offer.compensation.equity.private, exits },
    },
  },
});

/**
 * Each scored offer's possible pay: for a private company's grant with exit
 * scenarios, `M` as if each scenario were certain (its chance as given) and,
 * for the chance left over, as if no exit came. Worked out by the model
 * itself (`meanCompensation`: cost of living, currency, tax), so that a
 * scenario at 100 % gives exactly the ranking's own figure.
 */
export const moneyOutcomes = (
  scored: readonly ScoredOffer[],
  offers: readonly Offer[],
  settings: Settings,
): MoneyOutcomes => {
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const unsureAbout: string[] = [];
  const outcomes = scored.map((s) => {
    const offer = byId.get(s.offerId);
    const equity = offer?.compensation.equity;
    if (!offer || !equity || equity.market !== 'private' || equity.kind === 'none') return null;
    const exits = equity.private.exits.filter((e) => e.pct > 0);
    if (exits.length === 0) return null;
    const list: MoneyOutcome[] = exits.map((e) => ({
      chance: e.pct / 100,
      mean:
        meanCompensation(withExits(offer, [{ ...e, pct: 100 }]), settings) ?? s.meanCompensation,
    }));
    const rest = 1 - list.reduce((sum, o) => sum + o.chance, 0);
    if (rest > 1e-9)
      list.push({
        chance: rest,
        mean: meanCompensation(withExits(offer, []), settings) ?? s.meanCompensation,
      });
    if (list.some((o) => o.mean !== list[0]!.mean)) unsureAbout.push(s.company);
    return list;
  });
  return { outcomes, unsureAbout };
};

/**
 * For each draw, every offer's compensation score (§4) with its pay drawn
 * from its outcomes (the others keep theirs): `100 × M / max M`, as scoring
 * computes it. `null` when no offer's pay is in doubt.
 */
export const compensationDraw = (
  scored: readonly ScoredOffer[],
  { outcomes }: MoneyOutcomes,
): ((random: () => number) => number[]) | null => {
  if (outcomes.every((o) => o === null)) return null;
  const means = scored.map((s) => s.meanCompensation);
  return (random) => {
    let max = 0;
    outcomes.forEach((list, i) => {
      if (list) {
        const u = random();
        let cumulative = 0;
        // The last outcome takes what rounding leaves of the chances.
        const pick = list.find((o) => (cumulative += o.chance) > u) ?? list.at(-1)!;
        means[i] = pick.mean;
      }
      max = Math.max(max, means[i]!);
    });
    return means.map((mean) => (max === 0 ? 0 : 100 * (mean / max)));
  };
};
