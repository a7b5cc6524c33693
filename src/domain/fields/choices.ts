import type { OfferStatus } from '../document/schema';

/*
 * The words for the choices an offer holds. Small and on their own, so the
 * offer cards can name a status without loading the whole field registry.
 */

export const STATUS_OPTIONS = [
  { value: 'considering', label: 'Considering' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'declined', label: 'Declined' },
] as const;

export const EQUITY_KIND_OPTIONS = [
  { value: 'none', label: 'None' },
  { value: 'rsu', label: 'RSU' },
  { value: 'options', label: 'Stock options' },
] as const;

export const EQUITY_MARKET_OPTIONS = [
  { value: 'listed', label: 'Listed' },
  { value: 'private', label: 'Private' },
] as const;

export const ON_ACQUISITION_OPTIONS = [
  { value: 'vest', label: 'Keeps vesting' },
  { value: 'accelerate', label: 'Vests at once, in part or whole' },
  { value: 'cancel', label: 'Is cancelled' },
] as const;

export const RSU_KEPT_OPTIONS = [
  { value: '', label: 'Not given' },
  { value: 'yes', label: 'Yes, until the exit' },
  { value: 'no', label: 'No, they lapse' },
  { value: 'years', label: 'For some years' },
] as const;

export const OPTION_TYPE_OPTIONS = [
  { value: '', label: 'Not given' },
  { value: 'nso', label: 'Non-qualified (NSO)' },
  { value: 'iso', label: 'Incentive stock options (ISO)' },
] as const;

export const BONUS_AS_OPTIONS = [
  { value: 'percent', label: '% of base salary' },
  { value: 'amount', label: 'An amount' },
] as const;

/** "considering" → "Considering". */
export const statusLabel = (status: OfferStatus): string =>
  STATUS_OPTIONS.find((option) => option.value === status)?.label ?? status;

/** The criteria inside growth, culture and work-life balance, as the weights panel names them. */
export const CRITERION_LABELS: Record<string, string> = {
  learning: 'Learning',
  careerProgression: 'Career progression',
  mentorship: 'Mentorship',
  companyOutlook: 'Company outlook',
  manager: 'Manager',
  team: 'Team',
  values: 'Values',
  hours: 'Hours',
  timeOff: 'Time off',
  commute: 'Commute',
  flexibility: 'Flexibility',
};

/** The sections of an offer, as the form and the cards group its fields. */
export type FieldSection = 'basics' | 'compensation' | 'equity' | 'growth' | 'culture' | 'workLife';

/** Each section's title. Here, not in the registry, so a card can name a section cheaply. */
export const SECTION_TITLES: Record<FieldSection, string> = {
  basics: 'Basics',
  compensation: 'Compensation',
  equity: 'Equity',
  growth: 'Growth',
  culture: 'Culture',
  workLife: 'Work-life balance',
};
