import { NO_TAX_RULES } from '../domain';
import { plainText } from '../lib/isolate';
import { makeDocument, makeOffer, makeStartupOffer } from '../testing/domain-factories';
import { selectStaying } from '../features/insights/select-insights';
import { briefContext } from './brief-context';

/** The context as a person reads it: each part's label and its lines, without direction marks. */
const read = (parts: ReturnType<typeof briefContext>) =>
  Object.fromEntries(parts.map((part) => [part.label, part.lines.map(plainText)]));

const acme = makeOffer({
  id: 'acme',
  company: 'Acme',
  current: true,
  tax: { place: 'US-TX', effectiveRatePct: null },
  compensation: { baseSalary: 150_000, annualRaisePct: 0 },
});
const kontor = makeOffer({
  id: 'kontor',
  company: 'Kontor',
  currency: 'EUR',
  tax: { place: null, effectiveRatePct: 35 },
  compensation: {
    baseSalary: 100_000,
    annualRaisePct: 0,
    equity: {
      kind: 'rsu',
      grantValue: 40_000,
      vestingSchedule: [25, 25, 25, 25],
      cliffMonths: 12,
    },
  },
});
// 50,000 options at $2 of 10,000,000 shares: 0.5 % of the company; one exit of $200M in year 1
// at 50 %: $200M / 10M = $20 a share, less the $60M preference… as the outlook works it out.
const lumen = makeStartupOffer({
  exits: [{ label: 'big', value: 200_000_000, year: 1, pct: 50, kind: 'acquisition' }],
});

describe('what the brief says its figures are', () => {
  it('names the basis, horizon, currency and rates, tax places and household, and each grant', () => {
    const document = makeDocument({
      settings: {
        compareOn: 'net',
        horizonYears: 4,
        household: 'joint',
        exchangeRates: { EUR: 1.1 },
      },
      offers: [acme, kontor, lumen],
    });
    const context = read(briefContext(document, null));

    expect(context.Pay).toEqual([
      'After tax (estimates from each offer’s tax place or own rate), a year on average over 4 years, adjusted for cost of living, in USD.',
    ]);
    expect(context['Exchange rates']).toEqual(['1 EUR = 1.1 USD']);
    expect(context.Tax).toEqual([
      'Acme: US · Texas; Kontor: own rate 35 %; Lumen: none given. Household: married filing jointly; tax year 2026.',
    ]);
    expect(context.Equity).toHaveLength(2);
    expect(context.Equity?.[0]).toBe(
      'Kontor: RSUs worth €40,000 at grant, vesting 25/25/25/25 % over 4 years, 12-month cliff.',
    );
    expect(context.Equity?.[1]).toMatch(
      /^Lumen: 50,000 options at a \$2\.00 strike in a private company \(0\.5 % of it today\), vesting 100 % over 1 year: \$[\d,]+ expected for the whole grant at exit, before tax\.$/,
    );
  });

  it('says nothing of tax or rates when comparing before tax in one currency, and compares with staying', () => {
    const globex = makeOffer({
      id: 'globex',
      company: 'Globex',
      compensation: { baseSalary: 170_000, annualRaisePct: 0 },
    });
    const document = makeDocument({ settings: { horizonYears: 2 }, offers: [acme, globex] });
    const context = read(briefContext(document, selectStaying(document, NO_TAX_RULES)));

    expect(Object.keys(context)).toEqual(['Pay', 'Against staying']);
    expect(context.Pay?.[0]).toMatch(/^Before tax, a year on average over 2 years/);
    expect(context['Against staying']?.[0]).toBe('Acme is the current job.');
    expect(context['Against staying']?.[1]).toMatch(
      /^Globex pays \$20,000 a year more than staying/,
    );
  });
});
