import type { Offer, TradeoffDocument } from '../src/domain';
import { makeDocument, makeOffer } from '../src/testing/domain-factories';

const rating = (i: number, step: number) => (((i * step) % 5) + 1) as 1 | 2 | 3 | 4 | 5;

/**
 * A deterministic, varied offer: every equity kind, refreshers, long cliffs,
 * capped matches and a euro offer every fifth, so the benchmark exercises
 * every branch of the compensation model rather than one fast path.
 */
const poolOffer = (i: number): Offer =>
  makeOffer({
    id: `bench-${i}`,
    company: `Company ${i % 997}`,
    currency: i % 5 === 0 ? 'EUR' : 'USD',
    compensation: {
      baseSalary: 80_000 + ((i * 7_919) % 150_000),
      annualRaisePct: i % 7,
      bonusTargetPct: (i * 3) % 25,
      signingBonus: (i % 4) * 10_000,
      relocation: i % 3 === 0 ? 8_000 : 0,
      employerBaseContributionPct: i % 6,
      retirementMatchCap: i % 2 === 0 ? 9_000 : null,
      benefitsValue: 5_000 + (i % 10) * 1_000,
      costOfLivingIndex: 80 + (i % 50),
      equity: {
        kind: (['none', 'rsu', 'options'] as const)[i % 3],
        grantValue: 50_000 + ((i * 1_237) % 300_000),
        shares: 10_000 + ((i * 311) % 50_000),
        sharePrice: 2 + (i % 20),
        strikePrice: 1 + (i % 15),
        vestingSchedule: i % 4 === 3 ? [33.33, 33.33, 33.34] : [25, 25, 25, 25],
        cliffMonths: i % 4 === 1 ? 18 : 12,
        annualRefresher: i % 2 === 1 ? 20_000 + (i % 9) * 5_000 : 0,
        expectedGrowthPct: (i % 30) - 10,
        riskDiscountPct: (i * 7) % 60,
      },
    },
    growth: {
      learning: rating(i, 1),
      careerProgression: rating(i, 2),
      mentorship: rating(i, 3),
      companyOutlook: rating(i, 4),
    },
    culture: { manager: rating(i, 2), team: rating(i, 3), values: rating(i, 1) },
    workLife: {
      hoursPerWeek: 35 + (i % 25),
      ptoDays: 15 + (i % 20),
      officeDaysPerWeek: i % 6,
      commuteMinutes: (i * 13) % 90,
      flexibility: rating(i, 4),
    },
  });

/**
 * A document with `count` offers and a six-year horizon. Beyond 200 offers it
 * is bigger than the schema allows, on purpose: it measures how scoring scales.
 */
export const benchDocument = (count: number): TradeoffDocument =>
  makeDocument({
    settings: { horizonYears: 6, exchangeRates: { EUR: 1.08 } },
    offers: Array.from({ length: count }, (_, i) => poolOffer(i)),
  });
