import { describe, expect, it } from 'vitest';
import { exitPayoff } from '../../domain/pay/private-equity';
import { privateOutlook } from '../../domain/pay/equity-outlook';
import { makeStartupOffer } from '../../testing/domain-factories';
import { formatMoney } from '../../lib/format';
import { horizonReading } from './horizon-reading';

const exit = (label: string, value: number, year: number, pct: number) =>
  ({ label, value, year, pct, kind: 'acquisition' }) as const;

describe('a private grant counted within the horizon', () => {
  const lumen = makeStartupOffer({
    exits: [exit('small', 100_000_000, 3, 20), exit('big', 300_000_000, 5, 30)],
  });
  const { equity } = lumen.compensation;
  const [small, big] = equity.private.exits as [
    (typeof equity.private.exits)[number],
    (typeof equity.private.exits)[number],
  ];

  it('names the exit past the horizon and what still counts, against the whole grant', () => {
    const expected = privateOutlook(equity)!.expected;
    // Everything vests in year 1: within 4 years only the year-3 exit counts.
    const counted = 0.2 * exitPayoff(equity, small);
    expect(expected - counted).toBeCloseTo(0.3 * exitPayoff(equity, big), 6);
    expect(horizonReading(lumen, 4)).toEqual({
      text: `${formatMoney(counted, 'USD')} of ${formatMoney(expected, 'USD')} counts within your 4-year horizon: the year-5 exit is past it.`,
      extendTo: 5,
    });
  });

  it('says nothing once the horizon takes in every exit', () => {
    expect(horizonReading(lumen, 5)).toBeNull();
    expect(horizonReading(lumen, 6)).toBeNull();
  });

  it('names every exit past it, and offers no horizon beyond what the settings allow', () => {
    const late = makeStartupOffer({
      exits: [exit('ipo', 300_000_000, 7, 30), exit('sale', 100_000_000, 5, 20)],
    });
    const reading = horizonReading(late, 4)!;
    expect(reading.text).toMatch(/: the year-5 and year-7 exits are past it\.$/);
    expect(reading.extendTo).toBe(6);
    expect(horizonReading(late, 6)!.extendTo).toBeNull();
  });

  it('says nothing for a grant worth nothing at its exits, or a listed company', () => {
    expect(horizonReading(makeStartupOffer(), 4)).toBeNull();
    const listed = makeStartupOffer({ exits: [exit('big', 300_000_000, 5, 30)] });
    listed.compensation.equity.market = 'listed';
    expect(horizonReading(listed, 4)).toBeNull();
  });
});
