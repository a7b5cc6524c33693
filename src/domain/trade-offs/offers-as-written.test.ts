import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';
import {
  compareWithStaying,
  createSettings,
  currentJob,
  keepOneCurrentJob,
  leaveEarly,
  leavingNow,
  mergeDocuments,
  mergeThreeWay,
  parseDocument,
  yearlyCompensation,
  type CompensationPart,
} from '..';

// Offers as their letters state them (data format version 4). Every expected
// value is worked out by hand in the comments, never recomputed.

const settings = createSettings();

const years = (overrides: OfferOverrides, part: CompensationPart | 'total', horizonYears = 4) =>
  yearlyCompensation(makeOffer(overrides), { horizonYears }).map((row) => row[part]);

const flat = (compensation: OfferOverrides['compensation']): OfferOverrides => ({
  compensation: { annualRaisePct: 0, ...compensation },
});

describe('retirement as offer letters state it', () => {
  it('pays "50 % match up to 6 %" on $185,000 as $5,550 a year', () => {
    // 185,000 × 50 % × 6 % = 5,550
    expect(
      years(
        flat({ baseSalary: 185_000, employerMatchPct: 50, matchUpToPctOfSalary: 6 }),
        'retirement',
      ),
    ).toEqual([5550, 5550, 5550, 5550]);
  });

  it('adds a contribution paid whatever the person puts in, then applies the cap to the sum', () => {
    // 100,000 × (100 % × 4 % + 3 %) = 7,000, capped at 6,500
    const compensation = {
      baseSalary: 100_000,
      employerMatchPct: 100,
      matchUpToPctOfSalary: 4,
      employerBaseContributionPct: 3,
    };
    expect(years(flat(compensation), 'retirement', 1)).toEqual([7000]);
    expect(years(flat({ ...compensation, retirementMatchCap: 6_500 }), 'retirement', 1)).toEqual([
      6500,
    ]);
  });

  it('pays no match without a limit to match up to', () => {
    expect(years(flat({ baseSalary: 100_000, employerMatchPct: 50 }), 'retirement', 1)).toEqual([
      0,
    ]);
  });

  it('grows with the raises, like the salary it is a share of', () => {
    // 100,000 × 5 % = 5,000; then 110,000 × 5 % = 5,500
    const offer = {
      compensation: { baseSalary: 100_000, annualRaisePct: 10, employerBaseContributionPct: 5 },
    };
    expect(years(offer, 'retirement', 2)[1]).toBeCloseTo(5500, 9);
  });
});

describe('bonus as a share or an amount, and its expected payout', () => {
  it('takes a stated amount for year 1 and grows it with the raises', () => {
    // 20,000; 20,000 × 1.05 = 21,000; × 1.05 = 22,050
    const offer = {
      compensation: {
        baseSalary: 150_000,
        annualRaisePct: 5,
        bonusAs: 'amount',
        bonusAmount: 20_000,
      },
    } as const;
    const bonus = years(offer, 'bonus', 3);
    expect(bonus[0]).toBe(20_000);
    expect(bonus[1]).toBeCloseTo(21_000, 9);
    expect(bonus[2]).toBeCloseTo(22_050, 9);
  });

  it('ignores the percentage when the bonus is an amount, and the amount when it is a percentage', () => {
    const both = { baseSalary: 100_000, bonusTargetPct: 10, bonusAmount: 30_000 };
    expect(years(flat({ ...both, bonusAs: 'percent' }), 'bonus', 1)).toEqual([10_000]);
    expect(years(flat({ ...both, bonusAs: 'amount' }), 'bonus', 1)).toEqual([30_000]);
  });

  it('pays the expected share of the target: 15 % of $200,000 at 80 % is $24,000', () => {
    // 200,000 × 15 % = 30,000 target; × 80 % = 24,000
    expect(
      years(flat({ baseSalary: 200_000, bonusTargetPct: 15, bonusPayoutPct: 80 }), 'bonus', 1),
    ).toEqual([24_000]);
  });
});

describe('signing bonus over two years', () => {
  const amazonStyle = flat({
    baseSalary: 180_000,
    signingBonus: 60_000,
    signingBonusClawbackMonths: 12,
    signingBonusYear2: 45_000,
    signingBonusYear2ClawbackMonths: 24,
    relocation: 10_000,
    relocationClawbackMonths: 12,
  });

  it('pays the first part and relocation in year 1, the second part in year 2', () => {
    // 60,000 + 10,000 = 70,000; then 45,000; then nothing
    expect(years(amazonStyle, 'oneTime')).toEqual([70_000, 45_000, 0, 0]);
  });

  it('repays the first part and relocation when leaving inside a year', () => {
    // 6 months: paid 60,000 + 10,000; both clawed back → 70,000 repaid
    expect(leaveEarly(makeOffer(amazonStyle), settings, 6).clawback).toBe(70_000);
  });

  it('pays the second part at the first anniversary, and claws it back until month 24', () => {
    const at12 = leaveEarly(makeOffer(amazonStyle), settings, 12);
    // Month 12 is the last of year 1: the second part is not paid yet, nothing is repaid.
    expect(at12.parts.oneTime).toBe(70_000);
    expect(at12.clawback).toBe(0);
    const at13 = leaveEarly(makeOffer(amazonStyle), settings, 13);
    expect(at13.parts.oneTime).toBe(115_000);
    expect(at13.clawback).toBe(45_000);
    const at24 = leaveEarly(makeOffer(amazonStyle), settings, 24);
    expect(at24.clawback).toBe(0);
  });

  it('agrees with the yearly model at each year end', () => {
    const rows = yearlyCompensation(makeOffer(amazonStyle), { horizonYears: 2 });
    const at24 = leaveEarly(makeOffer(amazonStyle), settings, 24);
    expect(at24.parts.oneTime).toBe((rows[0]?.oneTime ?? 0) + (rows[1]?.oneTime ?? 0));
  });
});

describe('the current job', () => {
  const staying = makeOffer({
    id: 'now',
    company: 'Bramble',
    current: true,
    compensation: {
      baseSalary: 150_000,
      annualRaisePct: 0,
      bonusTargetPct: 10,
      signingBonus: 20_000,
      signingBonusClawbackMonths: 6,
      relocation: 5_000,
      equity: {
        kind: 'rsu',
        grantValue: 60_000,
        vestingSchedule: [50, 50],
        cliffMonths: 0,
        riskDiscountPct: 25,
        expectedGrowthPct: 10,
      },
    },
  });

  it('pays nothing one-time: the signing bonus and relocation are behind the person', () => {
    expect(yearlyCompensation(staying, { horizonYears: 2 }).map((y) => y.oneTime)).toEqual([0, 0]);
  });

  it('forfeits the equity still to vest, this year’s bonus and what its clawback repays', () => {
    const now = leavingNow(staying);
    // 60,000 at today's price, less the 25 % risk discount = 45,000
    expect(now.unvestedEquity).toBe(45_000);
    // 150,000 × 10 % = 15,000
    expect(now.unpaidBonus).toBe(15_000);
    // Signing bonus under a 6-month clawback; relocation has none.
    expect(now.repay).toBe(20_000);
    expect(now.total).toBe(80_000);
  });

  it('counts clawback months from today when leaving it later', () => {
    expect(leaveEarly(staying, settings, 3).clawback).toBe(20_000);
    expect(leaveEarly(staying, settings, 6).clawback).toBe(0);
    expect(leaveEarly(staying, settings, 6).parts.oneTime).toBe(0);
  });

  it('allows one current job per document and names a second one', () => {
    const document = makeDocument({
      offers: [staying, makeOffer({ id: 'b', company: 'B', current: true })],
    });
    const result = parseDocument(JSON.parse(JSON.stringify(document)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['offers[1].current']);
  });

  it('keeps the mark on the offer asked for, else on the first one marked', () => {
    const a = makeOffer({ id: 'a', current: true });
    const b = makeOffer({ id: 'b', current: true });
    expect(keepOneCurrentJob([a, b], 'b').map((o) => o.current)).toEqual([false, true]);
    expect(keepOneCurrentJob([a, b]).map((o) => o.current)).toEqual([true, false]);
    const one = [a, makeOffer({ id: 'c' })];
    expect(keepOneCurrentJob(one)).toBe(one);
    expect(currentJob([b])?.id).toBe('b');
  });
});

describe('against staying', () => {
  const job = (id: string, current: boolean, baseSalary: number, manager: number) =>
    makeOffer({
      id,
      company: id,
      current,
      compensation: { baseSalary, annualRaisePct: 0 },
      culture: { manager },
    });

  it('says how much more each offer pays a year and where staying wins', () => {
    const document = makeDocument({
      offers: [job('Stay', true, 150_000, 5), job('Acme', false, 174_000, 2)],
    });
    const comparison = compareWithStaying(document);
    expect(comparison?.current.company).toBe('Stay');
    const [acme] = comparison?.offers ?? [];
    expect(acme?.company).toBe('Acme');
    // 174,000 − 150,000 = 24,000 a year
    expect(acme?.payDifference).toBe(24_000);
    expect(acme?.aheadOn).toEqual(['compensation']);
    expect(acme?.behindOn).toEqual(['culture']);
  });

  it('says nothing without a ranked current job', () => {
    const noCurrent = makeDocument({ offers: [job('A', false, 1, 3), job('B', false, 2, 3)] });
    expect(compareWithStaying(noCurrent)).toBeNull();
    const declined = makeDocument({
      offers: [{ ...job('A', true, 1, 3), status: 'declined' }, job('B', false, 2, 3)],
    });
    expect(compareWithStaying(declined)).toBeNull();
  });
});

describe('one current job through merges', () => {
  const doc = (...offers: ReturnType<typeof makeOffer>[]) => makeDocument({ offers });

  it('keeps the current job of the offers already there when an import brings another', () => {
    const mine = doc(makeOffer({ id: 'a', company: 'Mine', current: true }));
    const incoming = doc(makeOffer({ id: 'b', company: 'Theirs', current: true }));
    const merged = mergeDocuments(mine, incoming, () => 'fresh');
    expect(merged.ok && merged.document.offers.map((o) => [o.company, o.current])).toEqual([
      ['Mine', true],
      ['Theirs', false],
    ]);
  });

  it('keeps the mark this tab moved when two tabs each marked a different job', () => {
    const base = doc(makeOffer({ id: 'a' }), makeOffer({ id: 'b' }));
    const theirs = doc(makeOffer({ id: 'a', current: true }), makeOffer({ id: 'b' }));
    const mine = doc(makeOffer({ id: 'a' }), makeOffer({ id: 'b', current: true }));
    const { document } = mergeThreeWay(base, theirs, mine);
    expect(document.offers.map((o) => o.current)).toEqual([false, true]);
    expect(parseDocument(JSON.parse(JSON.stringify(document))).ok).toBe(true);
  });
});
