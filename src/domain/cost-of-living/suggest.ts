import { PRICE_LEVELS, type PriceLevel, type PriceLevelKind } from './price-levels';

/*
 * Suggests a cost-of-living index from a typed location: the most specific
 * price level the text names (a metro area by its cities, else a US state,
 * else a country), then 100 × offer level / reference level.
 */

const BY_ID: ReadonlyMap<string, PriceLevel> = new Map(PRICE_LEVELS.map((p) => [p.id, p]));

/** The price level with this id, or null. */
export function priceLevelById(id: string): PriceLevel | null {
  return BY_ID.get(id) ?? null;
}

const STATE_CODES: ReadonlySet<string> = new Set(
  PRICE_LEVELS.flatMap((p) => (p.kind === 'state' ? p.states! : [])),
);

/** State codes that are also words ("in", "or", "me"): they count after a comma or in capitals. */
const WORDY_CODES: ReadonlySet<string> = new Set(
  'AL CO DE HI ID IN LA MA ME MI MO MS NE OH OK OR PA'.split(' '),
);

/** How a term names its place: a metro's city, a state, a country, a foreign city. */
type TermKind = 'metro' | 'state' | 'country' | 'city';

interface Hit {
  id: string;
  kind: TermKind;
  needsState: boolean;
  at: number;
}

type Entry = Omit<Hit, 'at'>;

/**
 * The names each place answers to. A metro area: the first city of its BEA
 * name, the other cities of the name only with a state named ("Arlington,
 * TX"), and its `aka`. A state: its name. A country: its name, names marked
 * '!' in `aka`, and its cities.
 */
function placeTerms(p: PriceLevel): [string, Entry][] {
  const entry = (term: string, kind: TermKind, needsState = false): [string, Entry] => [
    normalize(term).trim(),
    { id: p.id, kind, needsState },
  ];
  const aka = p.aka ? p.aka.split('|') : [];
  if (p.kind === 'metro') {
    return [
      ...p.name
        .replace(/, [A-Z-]+$/, '')
        .split(/-+|\//)
        .map((city, i) => entry(city, 'metro', i > 0)),
      ...aka.map((t) => entry(t.replace('*', ''), 'metro', t.endsWith('*'))),
    ];
  }
  if (p.kind === 'state') return [entry(p.name, 'state')];
  return [
    entry(p.name, 'country'),
    ...aka.map((t) => entry(t.replace('!', ''), t.endsWith('!') ? 'country' : 'city')),
  ];
}

interface TermIndex {
  order: readonly string[];
  byTerm: ReadonlyMap<string, readonly Entry[]>;
}

/** The term index: terms longest first, so "new mexico" wins over "mexico". */
function buildTermIndex(): TermIndex {
  const byTerm = new Map<string, Entry[]>();
  for (const [term, entry] of PRICE_LEVELS.flatMap(placeTerms)) {
    byTerm.set(term, [...(byTerm.get(term) ?? []), entry]);
  }
  return { order: [...byTerm.keys()].sort((a, b) => b.length - a.length), byTerm };
}

const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Lower case, no accents or dots ("D.C." → "dc"), words separated by single spaces, padded. */
function normalize(s: string): string {
  const words = stripAccents(s)
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${words} `;
}

const TERMS: TermIndex = buildTermIndex();

/** Every term found, word-bounded, each span claimed once (longest term first), in text order. */
function findHits(text: string): Hit[] {
  const { order, byTerm } = TERMS;
  const hits: Hit[] = [];
  let rest = text;
  for (const term of order) {
    const needle = ` ${term} `;
    for (let at = rest.indexOf(needle); at >= 0; at = rest.indexOf(needle)) {
      for (const entry of byTerm.get(term)!) hits.push({ ...entry, at });
      rest = `${rest.slice(0, at)} ${'#'.repeat(term.length)} ${rest.slice(at + needle.length)}`;
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** Two-letter US state codes: after a comma, in capitals, or any code that is not also a word. */
function stateCodes(raw: string): string[] {
  const codes: string[] = [];
  for (const m of stripAccents(raw)
    .replace(/\./g, '')
    .matchAll(/(,\s*)?\b([A-Za-z]{2})\b/g)) {
    const written = m[2]!;
    const code = written.toUpperCase();
    if (STATE_CODES.has(code) && (m[1] || written === code || !WORDY_CODES.has(code))) {
      codes.push(code);
    }
  }
  return codes;
}

/**
 * The most specific price level a typed location names, or null: a metro area
 * by its cities ("Palo Alto" → San Jose, "Brooklyn" → New York), restricted to
 * the metro's states when a state is named ("Portland, ME"); else the state
 * ("Boise, ID", ", TX"); else the country ("Berlin", "Cambridge, UK"). A
 * foreign city beats a state code only when the code is that country's own
 * ("Bengaluru, IN" is India, ", IN" alone is Indiana). Never throws.
 */
export function priceLevelFor(location: string): PriceLevel | null {
  const raw = String(location).slice(0, 200);
  const hits = findHits(normalize(raw));
  const codes = stateCodes(raw);
  const stateHits = hits.filter((h) => h.kind === 'state');
  const known = new Set([...codes, ...stateHits.map((h) => h.id.slice(3))]);
  const named = hits.filter((h) => h.kind === 'country');
  const usNamed = named.some((h) => h.id === 'US');
  const foreign = named.find((h) => h.id !== 'US');
  if (foreign && !usNamed && stateHits.length === 0) return priceLevelById(foreign.id);

  const metro = hits.find(
    (h) =>
      h.kind === 'metro' &&
      (known.size === 0
        ? !h.needsState
        : (BY_ID.get(h.id)?.states ?? []).some((s) => known.has(s))),
  );
  if (metro) return priceLevelById(metro.id);

  const city = hits.find((h) => h.kind === 'city');
  if (city && stateHits.length === 0 && codes.every((c) => c === city.id)) {
    return priceLevelById(city.id);
  }
  const state = stateHits[0]?.id ?? (codes[0] ? `US-${codes[0]}` : undefined);
  if (state) return priceLevelById(state);
  return usNamed ? priceLevelById('US') : null;
}

/**
 * The cost-of-living index an offer's place suggests against the reference
 * place: 100 × offer level / reference level, rounded to a whole number and
 * kept within the index field's 10–1000. Whole, not one decimal: the levels
 * carry one decimal, come from different years and baskets, so a tenth of a
 * percent would claim a precision the comparison does not have.
 */
export function suggestedIndex(offerLevel: number, referenceLevel: number): number {
  if (!(offerLevel > 0 && referenceLevel > 0 && Number.isFinite(offerLevel / referenceLevel))) {
    throw new RangeError('price levels must be positive finite numbers');
  }
  return Math.min(1000, Math.max(10, Math.round((100 * offerLevel) / referenceLevel)));
}

export interface PriceLevelOptionGroup {
  kind: PriceLevelKind;
  label: string;
  options: readonly { id: string; name: string }[];
}

const GROUP_LABELS: Record<PriceLevelKind, string> = {
  metro: 'US metro areas',
  state: 'US states',
  country: 'Countries',
};

/** Choices for "I compare prices as if living in …": US metro areas, US states, countries, each by name. */
export function priceLevelOptions(): readonly PriceLevelOptionGroup[] {
  return (['metro', 'state', 'country'] as const).map((kind) => ({
    kind,
    label: GROUP_LABELS[kind],
    options: PRICE_LEVELS.filter((p) => p.kind === kind)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  }));
}
