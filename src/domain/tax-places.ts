/**
 * The built-in tax places as a person picks them: ids and names only. Their
 * tables and code load lazily (src/domain/tax/load.ts), so that nothing of
 * them reaches the first render. docs/scoring.md §11 lists the sources.
 */
export const TAX_PLACE_OPTIONS = [
  { value: 'US-AK', label: 'US · Alaska' },
  { value: 'US-FL', label: 'US · Florida' },
  { value: 'US-NV', label: 'US · Nevada' },
  { value: 'US-NH', label: 'US · New Hampshire' },
  { value: 'US-SD', label: 'US · South Dakota' },
  { value: 'US-TN', label: 'US · Tennessee' },
  { value: 'US-TX', label: 'US · Texas' },
  { value: 'US-WA', label: 'US · Washington' },
  { value: 'US-WY', label: 'US · Wyoming' },
  { value: 'GB-ENG', label: 'UK · England or Northern Ireland' },
] as const;

export type TaxPlaceId = (typeof TAX_PLACE_OPTIONS)[number]['value'];

export const isTaxPlace = (value: string): value is TaxPlaceId =>
  TAX_PLACE_OPTIONS.some((option) => option.value === value);
