import { describe, expect, it } from 'vitest';
import { exampleOffers, offerSchema } from '../../domain';
import { makeOffer, makeSettings } from '../../testing/domain-factories';
import { offerFormSchemaFor, parseVestingText, type OfferFormInput } from './offer-form-schema';
import { applicableValues, toFormValues, toOffer } from './offer-form-values';

const NOW = '2026-11-20T10:00:00.000Z';
const settings = makeSettings({ currency: 'USD', exchangeRates: { EUR: 1.08 } });

/** The form's values for a default offer, with some text fields replaced. */
const opened = makeOffer({ company: 'Acme' });
const formValues = (edit: (values: OfferFormInput) => void = () => {}): OfferFormInput => {
  const values = toFormValues(opened, settings);
  edit(values);
  return values;
};

/** What the form saves: the schema's output for the fields it shows. */
const parse = (values: OfferFormInput) =>
  offerFormSchemaFor().parse(applicableValues(values, formValues(), opened, 'USD'));

/** The message the form shows for the field at `path`, if any. */
const errorAt = (values: OfferFormInput, path: string) => {
  const result = offerFormSchemaFor().safeParse(
    applicableValues(values, formValues(), opened, 'USD'),
  );
  return result.error?.issues.find((issue) => issue.path.join('.') === path)?.message;
};

describe('the offer form schema', () => {
  it.each(exampleOffers(NOW).map((offer) => [offer.company, offer] as const))(
    'saves %s unchanged when it is opened and saved without edits',
    (_name, offer) => {
      const output = offerFormSchemaFor().parse(
        applicableValues(
          toFormValues(offer, settings),
          toFormValues(offer, settings),
          offer,
          'USD',
        ),
      );
      expect(toOffer(output, offer, offer.updatedAt)).toEqual(offer);
    },
  );

  it('produces offers the domain schema accepts', () => {
    const values = formValues((v) => {
      v.compensation.baseSalary = '150k';
      v.compensation.equity.kind = 'rsu';
      v.compensation.equity.vestingSchedule = '5 15 40 40';
      v.deadline = '2026-12-01';
    });
    const offer = toOffer(parse(values), makeOffer(), NOW);
    expect(offerSchema().safeParse(offer).success).toBe(true);
    expect(offer.compensation.baseSalary).toBe(150000);
    expect(offer.compensation.equity.vestingSchedule).toEqual([5, 15, 40, 40]);
  });

  it('asks for an amount instead of reading an empty money field as 0', () => {
    expect(
      errorAt(
        formValues((v) => void (v.compensation.baseSalary = '')),
        'compensation.baseSalary',
      ),
    ).toBe('Enter an amount');
  });

  it('says what it expected when a money field holds words', () => {
    expect(
      errorAt(
        formValues((v) => void (v.compensation.signingBonus = 'abc')),
        'compensation.signingBonus',
      ),
    ).toBe('Enter an amount like 150,000 or 150k');
  });

  it('takes its bounds and their words from the domain schema', () => {
    expect(
      errorAt(
        formValues((v) => void (v.workLife.hoursPerWeek = '-5')),
        'workLife.hoursPerWeek',
      ),
    ).toBe('must be ≥ 0');
    expect(
      errorAt(
        formValues((v) => void (v.company = '   ')),
        'company',
      ),
    ).toBe('is required');
  });

  it('rejects a vesting schedule that does not add up to 100', () => {
    const values = formValues((v) => {
      v.compensation.equity.kind = 'rsu';
      v.compensation.equity.vestingSchedule = '25, 25, 25';
    });
    expect(errorAt(values, 'compensation.equity.vestingSchedule')).toBe('must add up to 100 %');
  });

  it('reads empty range ends as not given, and a range around the expected figure', () => {
    const sure = parse(formValues());
    expect(sure.compensation.bonusPayoutLowPct).toBeNull();
    expect(sure.compensation.equity.sharePriceHigh).toBeNull();
    const output = parse(
      formValues((v) => {
        v.compensation.bonusTargetPct = '15';
        v.compensation.bonusPayoutPct = '90';
        v.compensation.bonusPayoutLowPct = '50';
        v.compensation.bonusPayoutHighPct = '120';
      }),
    );
    expect(output.compensation.bonusPayoutLowPct).toBe(50);
    expect(output.compensation.bonusPayoutHighPct).toBe(120);
  });

  it('says next to the field when an end of a range is on the wrong side', () => {
    const bonus = formValues((v) => {
      v.compensation.bonusTargetPct = '15';
      v.compensation.bonusPayoutPct = '90';
      v.compensation.bonusPayoutLowPct = '95';
    });
    expect(errorAt(bonus, 'compensation.bonusPayoutLowPct')).toBe(
      'must be at most the expected bonus payout (90 %)',
    );
    const price = formValues((v) => {
      v.compensation.equity.kind = 'options';
      v.compensation.equity.shares = '1000';
      v.compensation.equity.sharePrice = '6';
      v.compensation.equity.sharePriceHigh = '5.50';
    });
    expect(errorAt(price, 'compensation.equity.sharePriceHigh')).toBe(
      'must be at least the share price (6)',
    );
  });

  it('reads an empty retirement match cap as no cap', () => {
    const output = parse(formValues((v) => void (v.compensation.retirementMatchCap = '')));
    expect(output.compensation.retirementMatchCap).toBeNull();
  });

  it('reads an empty decision deadline as none', () => {
    expect(parse(formValues((v) => void (v.deadline = ''))).deadline).toBeNull();
  });
});

describe('applicableValues', () => {
  it('ignores what is typed into equity fields the chosen type hides', () => {
    const values = formValues((v) => {
      v.compensation.equity.kind = 'none';
      v.compensation.equity.grantValue = 'lots';
      v.compensation.equity.vestingSchedule = '10';
    });
    expect(
      offerFormSchemaFor().safeParse(applicableValues(values, formValues(), opened, 'USD')).success,
    ).toBe(true);
  });

  it('checks the fields of the chosen type', () => {
    const values = formValues((v) => {
      v.compensation.equity.kind = 'options';
      v.compensation.equity.shares = 'lots';
    });
    expect(errorAt(values, 'compensation.equity.shares')).toBe('Enter a number like 10,000 or 10k');
  });

  it('asks for an exchange rate only for a foreign currency', () => {
    expect(
      errorAt(
        formValues((v) => void (v.exchangeRate = '')),
        'exchangeRate',
      ),
    ).toBeUndefined();
    const foreign = formValues((v) => {
      v.currency = 'GBP';
      v.exchangeRate = '';
    });
    expect(errorAt(foreign, 'exchangeRate')).toBe('Enter the exchange rate');
  });
});

describe('toFormValues', () => {
  it('shows the saved rate of a foreign offer and leaves a missing one empty', () => {
    expect(toFormValues(makeOffer({ currency: 'EUR' }), settings).exchangeRate).toBe('1.08');
    expect(toFormValues(makeOffer({ currency: 'GBP' }), settings).exchangeRate).toBe('');
  });

  it('writes money in the offer currency and the schedule as a list', () => {
    const offer = makeOffer({
      currency: 'USD',
      compensation: { baseSalary: 150000, equity: { vestingSchedule: [40, 30, 20, 10] } },
    });
    const values = toFormValues(offer, settings);
    expect(values.compensation.baseSalary).toBe('$150,000');
    expect(values.compensation.equity.vestingSchedule).toBe('40, 30, 20, 10');
  });
});

describe('parseVestingText', () => {
  it.each([
    ['25, 25, 25, 25', [25, 25, 25, 25]],
    ['5 15 40 40', [5, 15, 40, 40]],
    ['40/30/20/10', [40, 30, 20, 10]],
    ['33.33, 33.33, 33.34', [33.33, 33.33, 33.34]],
    ['50%, 50%', [50, 50]],
  ])('reads %j', (text, schedule) => {
    expect(parseVestingText(text)).toEqual(schedule);
  });

  it('rejects words', () => {
    expect(parseVestingText('25, a quarter')).toBeNull();
  });
});
