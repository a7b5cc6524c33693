import { createOffer } from '../domain/document/factory';
import { netCompensation, type Offer, type OfferTax } from '../domain/index';

/** An offer paying `base` a year and nothing else, taxed as `tax` says. */
export const salaryOnly = (
  base: number,
  tax?: Partial<OfferTax>,
  extra: Partial<Offer['compensation']> = {},
) => {
  const offer = createOffer({ id: `o-${base}`, company: `Pay ${base}` });
  return {
    ...offer,
    tax: tax ? { place: null, effectiveRatePct: null, ...tax } : null,
    compensation: { ...offer.compensation, baseSalary: base, annualRaisePct: 0, ...extra },
  };
};

/** The first year's pay after tax of a salary-only offer. */
export const year1 = (
  base: number,
  tax: Partial<OfferTax>,
  household: 'single' | 'joint' = 'single',
) => {
  const result = netCompensation(salaryOnly(base, tax), { horizonYears: 1, household });
  if (!result) throw new Error('no net pay');
  return result.years[0]!;
};
