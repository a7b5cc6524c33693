/**
 * The built-in tax places as a person picks them: ids and names only. This
 * list loads with the offer form and Side by side, never with the first
 * render (the field registry names no place), and the tables and code of
 * each place load lazily by country (src/domain/tax/load.ts).
 * docs/scoring.md §11 lists the sources.
 */
const US_STATES: readonly (readonly [string, string])[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['MD', 'Maryland (without county tax)'],
  ['MD-MC', 'Maryland, Montgomery County'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MT', 'Montana'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York (outside New York City)'],
  ['NY-NYC', 'New York City'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

export const TAX_PLACE_OPTIONS: readonly { value: string; label: string }[] = [
  ...US_STATES.map(([code, name]) => ({ value: `US-${code}`, label: `US · ${name}` })),
  { value: 'GB-ENG', label: 'UK · England, Wales or Northern Ireland' },
  { value: 'GB-SCT', label: 'UK · Scotland' },
  { value: 'DE', label: 'Germany' },
  { value: 'DE-KI', label: 'Germany · church member (9 %)' },
  { value: 'DE-BY-KI', label: 'Germany · Bavaria, church member (8 %)' },
  { value: 'DE-BW-KI', label: 'Germany · Baden-Württemberg, church member (8 %)' },
  { value: 'CA-ON', label: 'Canada · Ontario' },
  { value: 'CA-BC', label: 'Canada · British Columbia' },
  { value: 'IN', label: 'India' },
  { value: 'CH-ZH', label: 'Switzerland · Zurich (city)' },
  { value: 'CH-ZG', label: 'Switzerland · Zug (city)' },
  { value: 'SG', label: 'Singapore · citizen or PR' },
  { value: 'AU', label: 'Australia' },
  { value: 'JP', label: 'Japan · Tokyo, under 40' },
  { value: 'NL', label: 'Netherlands' },
  { value: 'NL-EXP', label: 'Netherlands · with the 30 % ruling' },
  { value: 'IE', label: 'Ireland' },
  { value: 'FR', label: 'France · cadre' },
  { value: 'ES-MD', label: 'Spain · Madrid' },
  { value: 'ES-CT', label: 'Spain · Catalonia' },
];

/** The words for a tax place's id ("US-CA" → "US · California"); the id itself when unknown. */
export const taxPlaceLabel = (place: string): string =>
  TAX_PLACE_OPTIONS.find((option) => option.value === place)?.label ?? place;
