import { NO_TAX_RULES } from '../domain';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import { buildBrief } from './decision-brief-data';

describe('the decision brief’s key rows', () => {
  it('leave out a row with nothing in any offer, and keep one that some offer fills', () => {
    const document = makeDocument({
      offers: [
        makeOffer({ company: 'Acme', compensation: { baseSalary: 150_000, relocation: 0 } }),
        makeOffer({ company: 'Globex', compensation: { baseSalary: 160_000, relocation: 5_000 } }),
      ],
    });
    const labels = buildBrief(document, NO_TAX_RULES, '5 December 2026').rows.map((r) => r.label);

    expect(labels).toContain('Base salary');
    expect(labels).toContain('Relocation');
    // $0 for both, no cap for both: nothing to read.
    expect(labels).not.toContain('Signing bonus');
    expect(labels).not.toContain('Retirement match cap');
    expect(labels).not.toContain('Benefits value (per year)');
  });
});

describe('the decision brief’s pay per year', () => {
  it('names its basis and span', () => {
    const document = makeDocument({
      settings: { compareOn: 'net', horizonYears: 5 },
      offers: [
        makeOffer({
          company: 'Acme',
          compensation: { baseSalary: 150_000 },
          tax: { place: null, effectiveRatePct: 25 },
        }),
        makeOffer({
          company: 'Globex',
          compensation: { baseSalary: 160_000 },
          tax: { place: null, effectiveRatePct: 30 },
        }),
      ],
    });
    const labels = buildBrief(document, NO_TAX_RULES, '5 December 2026').rows.map((r) => r.label);
    expect(labels).toContain('Pay per year, after tax (5-year average, cost-of-living adjusted)');
  });
});
