import {
  BONUS_AS_OPTIONS,
  EQUITY_KIND_OPTIONS,
  EQUITY_MARKET_OPTIONS,
  ON_ACQUISITION_OPTIONS,
  OPTION_TYPE_OPTIONS,
  RSU_KEPT_OPTIONS,
  STATUS_OPTIONS,
} from './choices';
import type { Offer } from '../document/schema';

/*
 * The registry of offer fields: every input a person gives about an offer,
 * in the order the form, the CSV export, the side-by-side table, import
 * error messages and docs/data-format.md show them. The hints under the
 * form's inputs live beside it, in offer-field-help.ts, loaded with the form. Bounds and defaults are
 * read from the schema, never copied. Adding a field is one entry here, the
 * schema, and a migration (docs/architecture.md shows the diff).
 */

export type FieldKind =
  | 'text'
  | 'longText'
  | 'choice'
  | 'currency'
  | 'date'
  | 'money'
  | 'count'
  | 'percent'
  | 'number'
  | 'months'
  | 'rating'
  | 'schedule'
  | 'exits'
  | 'series'
  | 'flag';

import type { FieldSection } from './choices';
export type { FieldSection } from './choices';

export interface OfferField {
  /** Where the value sits in an offer, e.g. `compensation.equity.cliffMonths`. */
  path: string;
  /** The label of the form, the CSV header and the side-by-side row. */
  label: string;
  kind: FieldKind;
  section: FieldSection;
  /** What the number counts, where its kind does not say (`fieldUnit` fills in the rest). */
  unit?: string;
  /** Which way is better when offers are compared; none where "better" means nothing. */
  better?: 'higher' | 'lower';
  /** Whether the field means anything for this offer (the form hides it, the table shows "—"). */
  appliesTo?: (offer: Offer) => boolean;
  /** Money shown to the cent (share prices), unlike salaries. */
  cents?: boolean;
  /** An empty input means "none" (`null`), read as these words. */
  optional?: { none: string };
  /** The choices of a `choice` field, with the words people read. */
  options?: readonly { value: string; label: string }[];
  /** What the ends of a rating mean for this criterion. */
  scale?: { low: string; high: string };
}

export { SECTION_TITLES } from './choices';

const pay = (o: Offer) => o.compensation;
const equity = (o: Offer) => o.compensation.equity;
const hasBonus = (o: Offer) =>
  pay(o).bonusAs === 'amount' ? pay(o).bonusAmount > 0 : pay(o).bonusTargetPct > 0;
const hasEmployerRetirement = (o: Offer) =>
  (pay(o).employerMatchPct > 0 && pay(o).matchUpToPctOfSalary > 0) ||
  pay(o).employerBaseContributionPct > 0;
const hasGrant = (o: Offer) => equity(o).kind !== 'none';
const isPrivate = (o: Offer) => hasGrant(o) && equity(o).market === 'private';
const isOptions = (o: Offer) => equity(o).kind === 'options';
const isListedOptions = (o: Offer) => isOptions(o) && !isPrivate(o);
/** A private company's figure (`compensation.equity.private.*`); shown, never ranked, unless said. */
const privateField = (
  key: string,
  label: string,
  kind: FieldKind,
  extra: Partial<OfferField> = {},
): OfferField => ({
  path: `compensation.equity.private.${key}`,
  label,
  kind,
  section: 'equity',
  appliesTo: isPrivate,
  ...extra,
});
/** Vesting details matter for a grant or for refreshers. */
const vests = (o: Offer) => hasGrant(o) || equity(o).annualRefresher > 0;

const money = (
  path: string,
  label: string,
  section: FieldSection,
  extra: Partial<OfferField> = {},
): OfferField => ({ path, label, kind: 'money', section, better: 'higher', ...extra });

const rating = (
  path: string,
  label: string,
  section: FieldSection,
  low: string,
  high: string,
): OfferField => ({ path, label, kind: 'rating', section, better: 'higher', scale: { low, high } });

export const OFFER_FIELDS: readonly OfferField[] = [
  { path: 'company', label: 'Company', kind: 'text', section: 'basics' },
  { path: 'role', label: 'Role', kind: 'text', section: 'basics' },
  { path: 'location', label: 'Location', kind: 'text', section: 'basics' },
  { path: 'currency', label: 'Currency', kind: 'currency', section: 'basics' },
  { path: 'status', label: 'Status', kind: 'choice', section: 'basics', options: STATUS_OPTIONS },
  {
    path: 'current',
    label: 'This is my current job',
    kind: 'flag',
    section: 'basics',
  },
  { path: 'deadline', label: 'Decision deadline', kind: 'date', section: 'basics' },
  {
    path: 'notes',
    label: 'Notes',
    kind: 'longText',
    section: 'basics',
  },

  money('compensation.baseSalary', 'Base salary', 'compensation'),
  {
    path: 'compensation.annualRaisePct',
    label: 'Annual raise (%)',
    kind: 'percent',
    section: 'compensation',
    better: 'higher',
  },
  {
    path: 'compensation.bonusAs',
    label: 'Bonus as',
    kind: 'choice',
    section: 'compensation',
    options: BONUS_AS_OPTIONS,
  },
  {
    path: 'compensation.bonusTargetPct',
    label: 'Bonus target (%)',
    kind: 'percent',
    section: 'compensation',
    better: 'higher',
    appliesTo: (o) => pay(o).bonusAs === 'percent',
  },
  money('compensation.bonusAmount', 'Bonus amount', 'compensation', {
    appliesTo: (o) => pay(o).bonusAs === 'amount',
  }),
  {
    path: 'compensation.bonusPayoutPct',
    label: 'Expected bonus payout (%)',
    kind: 'percent',
    section: 'compensation',
    better: 'higher',
    appliesTo: hasBonus,
  },
  // How unsure the bonus is (version 7): drawn by the win probability, never ranked on its own.
  {
    path: 'compensation.bonusPayoutLowPct',
    label: 'Bonus payout, low (%)',
    kind: 'percent',
    section: 'compensation',
    optional: { none: 'Not given' },
    appliesTo: hasBonus,
  },
  {
    path: 'compensation.bonusPayoutHighPct',
    label: 'Bonus payout, high (%)',
    kind: 'percent',
    section: 'compensation',
    optional: { none: 'Not given' },
    appliesTo: hasBonus,
  },
  money('compensation.signingBonus', 'Signing bonus', 'compensation', {}),
  {
    path: 'compensation.signingBonusClawbackMonths',
    label: 'Signing bonus clawback (months)',
    kind: 'months',
    section: 'compensation',
    better: 'lower',
    appliesTo: (o) => pay(o).signingBonus > 0,
  },
  money('compensation.signingBonusYear2', 'Second-year signing bonus', 'compensation', {}),
  {
    path: 'compensation.signingBonusYear2ClawbackMonths',
    label: 'Second-year signing bonus clawback (months)',
    kind: 'months',
    section: 'compensation',
    better: 'lower',
    appliesTo: (o) => pay(o).signingBonusYear2 > 0,
  },
  money('compensation.relocation', 'Relocation', 'compensation', {}),
  {
    path: 'compensation.relocationClawbackMonths',
    label: 'Relocation clawback (months)',
    kind: 'months',
    section: 'compensation',
    better: 'lower',
    appliesTo: (o) => pay(o).relocation > 0,
  },
  {
    path: 'compensation.employerMatchPct',
    label: 'Employer match (% of your contributions)',
    kind: 'percent',
    section: 'compensation',
    better: 'higher',
  },
  {
    path: 'compensation.matchUpToPctOfSalary',
    label: 'Match up to (% of salary)',
    kind: 'percent',
    section: 'compensation',
    better: 'higher',
    appliesTo: (o) => pay(o).employerMatchPct > 0,
  },
  {
    path: 'compensation.employerBaseContributionPct',
    label: 'Employer contribution (% of salary)',
    kind: 'percent',
    section: 'compensation',
    better: 'higher',
  },
  // A cap only means something next to the employer's money, so it is not ranked on its own.
  money('compensation.retirementMatchCap', 'Retirement match cap', 'compensation', {
    better: undefined,
    optional: { none: 'No cap' },
    appliesTo: hasEmployerRetirement,
  }),
  money('compensation.benefitsValue', 'Benefits value (per year)', 'compensation', {}),
  // Less of them is better, so the table marks the lowest.
  money('compensation.healthCostsPerYear', 'Your health costs (per year)', 'compensation', {
    better: 'lower',
  }),
  {
    path: 'compensation.costOfLivingIndex',
    unit: 'index, 100 = your reference place',
    label: 'Cost of living index',
    kind: 'number',
    section: 'compensation',
    better: 'lower',
  },
  {
    path: 'tax.place',
    label: 'Tax place',
    kind: 'choice',
    section: 'compensation',
    optional: { none: 'None' },
    // The places themselves (tax-places.ts) load with the form and Side by side, not here:
    // this registry is part of the first render.
    options: [{ value: '', label: 'None: compare before tax' }],
  },
  {
    path: 'tax.effectiveRatePct',
    label: 'Effective tax rate (%)',
    kind: 'percent',
    section: 'compensation',
    optional: { none: 'None' },
    appliesTo: (o) => !o.tax?.place,
  },

  {
    path: 'compensation.equity.kind',
    label: 'Equity type',
    kind: 'choice',
    section: 'equity',
    options: EQUITY_KIND_OPTIONS,
  },
  {
    path: 'compensation.equity.market',
    label: 'The company is',
    kind: 'choice',
    section: 'equity',
    options: EQUITY_MARKET_OPTIONS,
    appliesTo: hasGrant,
  },
  money('compensation.equity.grantValue', 'Grant value', 'equity', {
    appliesTo: (o) => equity(o).kind === 'rsu',
  }),
  // Share counts and prices differ in kind between companies: shown, never ranked.
  {
    path: 'compensation.equity.shares',
    label: 'Number of options',
    kind: 'count',
    section: 'equity',
    appliesTo: (o) => equity(o).kind === 'options',
  },
  money('compensation.equity.strikePrice', 'Strike price', 'equity', {
    better: undefined,
    cents: true,
    appliesTo: (o) => equity(o).kind === 'options',
  }),
  money('compensation.equity.sharePrice', 'Share price', 'equity', {
    better: undefined,
    cents: true,
    appliesTo: isListedOptions,
  }),
  // How unsure the share price is (version 7): drawn by the win probability.
  money('compensation.equity.sharePriceLow', 'Share price, low', 'equity', {
    better: undefined,
    cents: true,
    optional: { none: 'Not given' },
    appliesTo: isListedOptions,
  }),
  money('compensation.equity.sharePriceHigh', 'Share price, high', 'equity', {
    better: undefined,
    cents: true,
    optional: { none: 'Not given' },
    appliesTo: isListedOptions,
  }),
  {
    path: 'compensation.equity.exerciseWindowDays',
    unit: 'days after leaving',
    label: 'Exercise window (days)',
    kind: 'number',
    section: 'equity',
    better: 'higher',
    appliesTo: isOptions,
  },
  privateField('fullyDilutedShares', 'Fully diluted shares', 'count'),
  privateField('preferredPrice', 'Preferred price (last round)', 'money', { cents: true }),
  privateField('commonPrice', '409A price (common)', 'money', { cents: true }),
  privateField('preference', 'Liquidation preference ahead of you', 'money', {
    better: 'lower',
    appliesTo: (o) => isPrivate(o) && equity(o).private.series.length === 0,
  }),
  privateField('series', 'Preference stack by series', 'series'),
  privateField('dilutionPct', 'Dilution per year (%)', 'percent', { better: 'lower' }),
  privateField('roundPriceGrowthPct', 'Later rounds’ price rise per year (%)', 'percent'),
  privateField('exits', 'Exit scenarios', 'exits'),
  privateField('onAcquisition', 'At an acquisition, unvested equity', 'choice', {
    options: ON_ACQUISITION_OPTIONS,
  }),
  privateField('accelerationPct', 'Share that vests at once (%)', 'percent', {
    better: 'higher',
    appliesTo: (o) => isPrivate(o) && equity(o).private.onAcquisition === 'accelerate',
  }),
  privateField('optionType', 'Option type (US)', 'choice', {
    options: OPTION_TYPE_OPTIONS,
    optional: { none: 'Not given' },
    appliesTo: (o) => isPrivate(o) && equity(o).kind === 'options',
  }),
  privateField('rsuKeptAfterLeaving', 'Vested RSUs kept after leaving', 'choice', {
    options: RSU_KEPT_OPTIONS,
    optional: { none: 'Not given' },
    appliesTo: (o) => isPrivate(o) && equity(o).kind === 'rsu',
  }),
  privateField('rsuKeptYears', 'Kept for (years after leaving)', 'number', {
    better: 'higher',
    appliesTo: (o) =>
      isPrivate(o) && equity(o).kind === 'rsu' && equity(o).private.rsuKeptAfterLeaving === 'years',
  }),
  {
    path: 'compensation.equity.vestingSchedule',
    label: 'Vesting schedule (%)',
    kind: 'schedule',
    section: 'equity',
    appliesTo: vests,
  },
  {
    path: 'compensation.equity.cliffMonths',
    label: 'Cliff (months)',
    kind: 'months',
    section: 'equity',
    better: 'lower',
    appliesTo: hasGrant,
  },
  money('compensation.equity.annualRefresher', 'Annual refresher', 'equity', {
    appliesTo: vests,
  }),
  {
    path: 'compensation.equity.expectedGrowthPct',
    label: 'Expected stock growth (%)',
    kind: 'percent',
    section: 'equity',
    better: 'higher',
    appliesTo: vests,
  },
  {
    path: 'compensation.equity.riskDiscountPct',
    label: 'Equity risk discount (%)',
    kind: 'percent',
    section: 'equity',
    better: 'lower',
    appliesTo: vests,
  },

  rating('growth.learning', 'Learning', 'growth', 'little new to learn', 'you learn every week'),
  rating(
    'growth.careerProgression',
    'Career progression',
    'growth',
    'no clear path up',
    'a clear, quick path up',
  ),
  rating(
    'growth.mentorship',
    'Mentorship',
    'growth',
    'you are on your own',
    'strong mentors around you',
  ),
  rating(
    'growth.companyOutlook',
    'Company outlook',
    'growth',
    'shaky future',
    'thriving and growing',
  ),
  rating('culture.manager', 'Manager', 'culture', 'warning signs', 'someone you would follow'),
  rating('culture.team', 'Team', 'culture', 'a poor fit', 'people you want to work with'),
  rating('culture.values', 'Values', 'culture', 'clash with yours', 'match yours'),

  {
    path: 'workLife.hoursPerWeek',
    unit: 'hours a week',
    label: 'Hours per week',
    kind: 'number',
    section: 'workLife',
    better: 'lower',
  },
  {
    path: 'workLife.ptoDays',
    unit: 'days a year',
    label: 'Paid time off (days)',
    kind: 'number',
    section: 'workLife',
    better: 'higher',
  },
  {
    path: 'workLife.officeDaysPerWeek',
    unit: 'days a week',
    label: 'Office days per week',
    kind: 'number',
    section: 'workLife',
    better: 'lower',
  },
  {
    path: 'workLife.commuteMinutes',
    unit: 'minutes, one way',
    label: 'Commute (minutes, one way)',
    kind: 'number',
    section: 'workLife',
    better: 'lower',
  },
  rating(
    'workLife.flexibility',
    'Flexibility',
    'workLife',
    'fixed hours and place',
    'work when and where you like',
  ),
];

const byPath: ReadonlyMap<string, OfferField> = new Map(
  OFFER_FIELDS.map((field) => [field.path, field]),
);

/** The registry entry at `path`, e.g. `compensation.baseSalary`. */
export const offerField = (path: string): OfferField | undefined => byPath.get(path);

/** The fields of one section, in registry order. */
export const sectionFields = (section: FieldSection): OfferField[] =>
  OFFER_FIELDS.filter((field) => field.section === section);

/** The words for a choice's stored value ("rsu" → "RSU"); the value itself when unknown. */
export const choiceLabel = (path: string, value: string): string =>
  offerField(path)?.options?.find((option) => option.value === value)?.label ?? value;

const KIND_UNITS: Partial<Record<FieldKind, string>> = {
  money: "the offer's currency",
  count: 'shares',
  percent: '%',
  months: 'months',
  flag: 'yes or no',
  rating: '1 to 5',
};

/** The unit a field's number is in: its own, or its kind's. */
export const fieldUnit = (field: OfferField): string | undefined =>
  field.unit ?? KIND_UNITS[field.kind];

/** Whether the field means anything for `offer`. */
export const fieldApplies = (field: OfferField, offer: Offer): boolean =>
  field.appliesTo?.(offer) ?? true;

/** The value at a dotted `path` ("compensation.baseSalary") in any nested object. */
export const valueAt = (source: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      source,
    );

/**
 * Writes `value` at a dotted `path` in a nested object (mutating it), making
 * the objects on the way as needed: the counterpart of `valueAt`.
 */
export const setValueAt = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const keys = path.split('.');
  const leaf = keys.pop() as string;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[leaf] = value;
};

/** The value of `field` in `offer`. */
export const fieldValue = (offer: Offer, field: OfferField): unknown => valueAt(offer, field.path);

/** "Offer 3 · Base salary" for `offers[2].compensation.baseSalary`; null for other paths. */
export const describeOfferPath = (path: string): string | null => {
  const match = /^offers\[(\d+)\]\.([\w.]+)/.exec(path);
  if (!match) return null;
  const field = offerField(match[2] ?? '');
  return field ? `Offer ${Number(match[1]) + 1} · ${field.label}` : null;
};
