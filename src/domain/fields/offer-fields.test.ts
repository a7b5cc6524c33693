import dataFormatDoc from '../../../docs/data-format.md?raw';
import { exampleOffers } from '../document/examples';
import { OFFER_FIELDS, describeOfferPath, fieldValue, offerField, valueAt } from './offer-fields';
import { fieldBounds, fieldDefault } from './offer-field-schema';
import { offerFieldsTable } from './offer-fields-table';
import { offerSchema } from '../document/schema';

/** Every leaf path of a parsed offer, e.g. `compensation.equity.kind`. */
const leafPaths = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([key, child]) =>
        leafPaths(child, prefix ? `${prefix}.${key}` : key),
      )
    : [prefix];

describe('the offer field registry', () => {
  it('has one entry for every input of an offer, and none for anything else', () => {
    const offer = offerSchema().parse({
      id: 'a',
      company: 'Acme',
      currency: 'USD',
      tax: { place: 'US-WA', effectiveRatePct: null },
    });
    // Where an accepted cost of living index came from is set by accepting it, not typed.
    const inputs = leafPaths(offer).filter(
      (p) => !['id', 'createdAt', 'updatedAt', 'compensation.costOfLivingFrom'].includes(p),
    );
    expect(OFFER_FIELDS.map((field) => field.path).sort()).toEqual(inputs.sort());
  });

  it('reads bounds from the schema, exclusive and inclusive alike', () => {
    expect(fieldBounds(offerField('compensation.baseSalary')!)).toEqual({
      min: { value: 0, inclusive: true },
      max: { value: 1e12, inclusive: false },
      whole: false,
    });
    expect(fieldBounds(offerField('compensation.equity.cliffMonths')!)).toEqual({
      min: { value: 0, inclusive: true },
      max: { value: 24, inclusive: true },
      whole: true,
    });
    expect(fieldBounds(offerField('compensation.costOfLivingIndex')!).min).toEqual({
      value: 10,
      inclusive: true,
    });
    expect(fieldBounds(offerField('compensation.equity.expectedGrowthPct')!).min).toEqual({
      value: -100,
      inclusive: false,
    });
  });

  it('reads defaults from the schema', () => {
    expect(fieldDefault(offerField('compensation.annualRaisePct')!)).toBe(3);
    expect(fieldDefault(offerField('compensation.retirementMatchCap')!)).toBeNull();
    expect(fieldDefault(offerField('company')!)).toBeUndefined();
  });

  it('reads every field of the example offers', () => {
    const [offer] = exampleOffers('2026-11-20T10:00:00.000Z');
    for (const field of OFFER_FIELDS) {
      expect(fieldValue(offer!, field)).toBe(valueAt(offer, field.path));
      // An example offer has no tax place (`tax` is null): it is compared before tax.
      if (!field.path.startsWith('tax.')) expect(fieldValue(offer!, field)).not.toBeUndefined();
    }
  });

  it('names an import error’s offer and field in the words of the form', () => {
    expect(describeOfferPath('offers[2].compensation.baseSalary')).toBe('Offer 3 · Base salary');
    expect(describeOfferPath('offers[0].compensation.equity.vestingSchedule[1]')).toBe(
      'Offer 1 · Vesting schedule (%)',
    );
    expect(describeOfferPath('settings.currency')).toBeNull();
    expect(describeOfferPath('offers[0].nonsense')).toBeNull();
  });
});

describe('docs/data-format.md', () => {
  const START = '<!-- offer-fields:start (npm run docs:fields writes this table) -->';
  const END = '<!-- offer-fields:end -->';

  it('lists the offer fields exactly as the registry and the schema define them', () => {
    const table = `${START}\n\n${offerFieldsTable()}\n\n${END}`;
    const current = dataFormatDoc.slice(
      dataFormatDoc.indexOf(START),
      dataFormatDoc.indexOf(END) + END.length,
    );
    expect(current, 'run `npm run docs:fields` to rewrite the table').toBe(table);
  });
});

describe('the form hints (offer-field-help.ts)', () => {
  it('has a hint only for fields the registry has, and one for every money field', async () => {
    const { OFFER_FIELD_HELP } = await import('./offer-field-help');
    const paths = new Set(OFFER_FIELDS.map((field) => field.path));
    expect(Object.keys(OFFER_FIELD_HELP).filter((path) => !paths.has(path))).toEqual([]);
    const moneyWithoutHint = OFFER_FIELDS.filter(
      (field) => field.kind === 'money' && !OFFER_FIELD_HELP[field.path]?.help,
    ).map((field) => field.path);
    expect(moneyWithoutHint).toEqual([]);
  });
});
