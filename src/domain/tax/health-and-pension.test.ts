import fc from 'fast-check';
import { netCompensation } from './all';
import { yearlyCompensation } from '../pay/compensation';
import { salaryOnly } from '../../testing/tax';

const year1 = (offer: ReturnType<typeof salaryOnly>, pensionAsSavingsPct = 0) =>
  netCompensation(offer, { horizonYears: 1, pensionAsSavingsPct })!.years[0]!;

describe('your health costs (scoring.md §1, §11)', () => {
  it('take what they cost from pay before tax, every year of the horizon', () => {
    const offer = salaryOnly(100_000, undefined, { healthCostsPerYear: 1_440 });
    const years = yearlyCompensation(offer, { horizonYears: 3 });
    expect(years.map((y) => y.health)).toEqual([-1_440, -1_440, -1_440]);
    expect(years[0]!.total).toBe(100_000 - 1_440);
  });

  it('are paid before tax in the US: $1,440 on $100,000 in Texas lowers the tax by 22 % + 7.65 % of it', () => {
    // Federal taxable 100,000 − 16,100 = 83,900 is in the 22 % bracket either way, so income tax
    // falls by 22 % of 1,440 = 316.80; Social Security and Medicare by 7.65 % = 110.16.
    const without = year1(salaryOnly(100_000, { place: 'US-TX' }));
    const withHealth = year1(
      salaryOnly(100_000, { place: 'US-TX' }, { healthCostsPerYear: 1_440 }),
    );
    expect(without.incomeTax - withHealth.incomeTax).toBeCloseTo(316.8, 6);
    expect(without.social - withHealth.social).toBeCloseTo(110.16, 6);
    expect(without.net - withHealth.net).toBeCloseTo(1_440 - 316.8 - 110.16, 6);
  });

  it('are paid after tax elsewhere: in Berlin they change no tax, and cost their whole amount', () => {
    const without = year1(salaryOnly(80_000, { place: 'DE' }));
    const withHealth = year1(salaryOnly(80_000, { place: 'DE' }, { healthCostsPerYear: 1_000 }));
    expect(withHealth.incomeTax).toBe(without.incomeTax);
    expect(withHealth.social).toBe(without.social);
    expect(without.net - withHealth.net).toBeCloseTo(1_000, 9);
  });

  it('never leave more after tax than without them, for any pay and cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.constantFrom('US-CA', 'US-TX', 'DE', 'GB-ENG'),
        (base, cost, place) => {
          const without = year1(salaryOnly(base, { place }));
          const withHealth = year1(salaryOnly(base, { place }, { healthCostsPerYear: cost }));
          expect(withHealth.net).toBeLessThanOrEqual(without.net + 1e-6);
        },
      ),
    );
  });
});

describe('what social contributions buy, and the pension counted as savings (scoring.md §11)', () => {
  it('splits Germany’s contributions: pension 9.3 %, unemployment 1.3 %, health and care 10.85 % to the ceiling', () => {
    // €60,000 is under both ceilings: 5,580 + 780 + 6,510.
    const { socialSplit, social } = year1(salaryOnly(60_000, { place: 'DE' }));
    expect(socialSplit.pension).toBeCloseTo(5_580, 6);
    expect(socialSplit.unemployment).toBeCloseTo(780, 6);
    expect(socialSplit.health).toBeCloseTo(6_510, 6);
    expect(socialSplit.other).toBeCloseTo(0, 6);
    expect(social).toBeCloseTo(12_870, 6);
  });

  it('names a state’s payroll contributions other: California’s 1.3 % disability insurance', () => {
    // $100,000: Social Security 6,200 (pension), Medicare 1,450 (health), SDI 1,300 (other).
    const { socialSplit } = year1(salaryOnly(100_000, { place: 'US-CA' }));
    expect(socialSplit).toEqual({ pension: 6_200, health: 1_450, unemployment: 0, other: 1_300 });
  });

  it('keeps the chosen share of the pension part in net pay, and nothing at the default 0 %', () => {
    const offer = salaryOnly(60_000, { place: 'DE' });
    const cost = year1(offer);
    const half = year1(offer, 50);
    expect(cost.pensionSaved).toBe(0);
    expect(half.pensionSaved).toBeCloseTo(2_790, 6);
    expect(half.net - cost.net).toBeCloseTo(2_790, 6);
    expect(half.incomeTax).toBe(cost.incomeTax);
  });

  it('sums every split to the social contributions, in every place', async () => {
    const { ALL_TAX_PLACES } = await import('./all');
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_TAX_PLACES.map((p) => p.place)),
        fc.integer({ min: 0, max: 2_000_000 }),
        (place, base) => {
          const { socialSplit: s, social } = year1(salaryOnly(base, { place }));
          expect(s.pension + s.health + s.unemployment + s.other).toBeCloseTo(social, 6);
          expect(Math.min(s.pension, s.health, s.unemployment)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
