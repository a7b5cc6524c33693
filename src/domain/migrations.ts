import { CURRENT_VERSION } from './schema';

type RawDocument = Record<string, unknown>;

/**
 * One step of the data format's history: turns a document of version `from`
 * into one of version `from + 1`. Steps are append-only and each is tested
 * with a stored fixture of its `from` version (test/fixtures/).
 */
export interface Migration {
  id: string;
  from: number;
  up: (document: RawDocument) => RawDocument;
}

const isPlainObject = (value: unknown): value is RawDocument =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 knew no clawback: every offer's signing bonus was kept whenever
 * the person left. Anything that is not shaped like an offer is passed on
 * untouched so that validation, not the migration, names the problem.
 */
const addSigningBonusClawback = (document: RawDocument): RawDocument => {
  if (!Array.isArray(document.offers)) return document;
  return {
    ...document,
    offers: document.offers.map((offer: unknown) => {
      if (!isPlainObject(offer)) return offer;
      const { compensation } = offer;
      if (!isPlainObject(compensation) || Object.hasOwn(compensation, 'signingBonusClawbackMonths'))
        return offer;
      return { ...offer, compensation: { ...compensation, signingBonusClawbackMonths: 0 } };
    }),
  };
};

/** Ordered, append-only: never edit or reorder a step once released. */
export const MIGRATIONS: readonly Migration[] = [
  { id: '2026-12-signing-bonus-clawback', from: 1, up: addSigningBonusClawback },
];

/**
 * Brings a raw document of an older version up to CURRENT_VERSION. Steps
 * return new objects; the input is never mutated. Validation comes after.
 */
export const migrate = (document: RawDocument, version: number): RawDocument => {
  let current = document;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from version ${v}`);
    current = { ...step.up(current), version: v + 1 };
  }
  return current;
};
