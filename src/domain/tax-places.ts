/**
 * The built-in tax places as a person picks them: ids and names only. Their
 * tables and code load lazily (src/domain/tax/load.ts), so that nothing of
 * them reaches the first render. docs/scoring.md §11 lists the sources.
 */
const US_STATES_WITHOUT_WAGE_TAX = [
  ['AK', 'Alaska'],
  ['FL', 'Florida'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['WA', 'Washington'],
  ['WY', 'Wyoming'],
] as const;

export const TAX_PLACE_OPTIONS: readonly { value: string; label: string }[] = [
  ...US_STATES_WITHOUT_WAGE_TAX.map(([code, name]) => ({
    value: `US-${code}`,
    label: `US · ${name}`,
  })),
  { value: 'GB-ENG', label: 'UK · England, Wales or Northern Ireland' },
  { value: 'GB-SCT', label: 'UK · Scotland' },
];
