import { createDocument, createOffer, createSettings } from '../domain';
import type { ExitScenario, Offer, TradeoffDocument } from '../domain';

/*
 * The worst realistic document for the benchmarks (issue 29): every feature
 * that makes the money uncertain or the pay costly to work out, switched on
 * at once. After tax, offers spread over four countries; every other offer
 * has a bonus-payout range and listed options with a share-price range; a
 * tenth of them (20 of 200) are private grants with three exit scenarios.
 */

const NOW = '2026-01-15T09:00:00.000Z';

/** Four countries, each with its currency: the tax rules of all four are loaded. */
const PLACES = [
  { place: 'US-CA', currency: 'USD', base: 185_000 },
  { place: 'GB-ENG', currency: 'GBP', base: 95_000 },
  { place: 'DE', currency: 'EUR', base: 105_000 },
  { place: 'CA-ON', currency: 'CAD', base: 160_000 },
] as const;

/** What one unit of each currency is worth in US dollars. */
export const WORST_CASE_RATES: Readonly<Record<string, number>> = {
  GBP: 1.27,
  EUR: 1.08,
  CAD: 0.73,
};

type Rating = 1 | 2 | 3 | 4 | 5;
const rating = (seed: number): Rating => ((seed % 5) + 1) as Rating;

const exits = (index: number): ExitScenario[] => [
  {
    label: 'Acquired',
    value: 400_000_000 + (index % 7) * 50_000_000,
    year: 3,
    pct: 30,
    kind: 'acquisition',
  },
  { label: 'IPO', value: 2_000_000_000, year: 5, pct: 15, kind: 'ipo' },
  { label: 'Fire sale', value: 60_000_000, year: 2, pct: 25, kind: 'acquisition' },
];

const worstCaseOffer = (index: number, privateEvery: number): Offer => {
  const where = PLACES[index % PLACES.length]!;
  const offer = createOffer({
    id: `offer-${index + 1}`,
    company: `Company ${index + 1}`,
    currency: where.currency,
    now: NOW,
  });
  const factor = 0.75 + ((index * 37) % 50) / 100;
  const ranged = index % 2 === 0;
  const startup = index % privateEvery === privateEvery - 1;
  const equity = offer.compensation.equity;
  return {
    ...offer,
    tax: { place: where.place, effectiveRatePct: null },
    compensation: {
      ...offer.compensation,
      baseSalary: Math.round(where.base * factor),
      annualRaisePct: 2 + (index % 4),
      bonusTargetPct: 10 + (index % 3) * 5,
      bonusPayoutPct: 100,
      bonusPayoutLowPct: ranged ? 40 : null,
      bonusPayoutHighPct: ranged ? 160 : null,
      signingBonus: (index % 4) * 10_000,
      employerMatchPct: 50,
      matchUpToPctOfSalary: 6,
      benefitsValue: 8_000 + (index % 5) * 1_000,
      costOfLivingIndex: 90 + (index % 40),
      equity: startup
        ? {
            ...equity,
            kind: 'options',
            market: 'private',
            shares: 40_000 + (index % 5) * 10_000,
            strikePrice: 1.5,
            private: {
              ...equity.private,
              fullyDilutedShares: 20_000_000,
              preferredPrice: 8,
              commonPrice: 2,
              dilutionPct: 10,
              preference: 80_000_000,
              exits: exits(index),
            },
          }
        : {
            ...equity,
            kind: 'options',
            shares: 4_000 + (index % 9) * 500,
            strikePrice: 20,
            sharePrice: 30 + (index % 10),
            sharePriceLow: ranged ? 12 : null,
            sharePriceHigh: ranged ? 70 : null,
            annualRefresher: (index % 3) * 10_000,
            expectedGrowthPct: 5,
          },
    },
    growth: {
      learning: rating(index),
      careerProgression: rating(index * 3 + 1),
      mentorship: rating(index * 2),
      companyOutlook: rating(index * 7 + 2),
    },
    culture: { manager: rating(index * 2 + 3), team: rating(index + 4), values: rating(index * 3) },
    workLife: {
      ...offer.workLife,
      hoursPerWeek: 35 + ((index * 11) % 20),
      flexibility: rating(index * 5 + 4),
    },
  };
};

/**
 * `count` offers (200 is the worst realistic case), after tax in four
 * countries; a private grant every `privateEvery` offers (20 of 200 by
 * default).
 */
export const worstCaseDocument = (count = 200, privateEvery = 10): TradeoffDocument =>
  createDocument({
    settings: createSettings({ compareOn: 'net', exchangeRates: { ...WORST_CASE_RATES } }),
    offers: Array.from({ length: count }, (_, index) => worstCaseOffer(index, privateEvery)),
  });
