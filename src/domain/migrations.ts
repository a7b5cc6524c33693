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

/** Ordered, append-only. Version 1 is the first format, so nothing yet. */
export const MIGRATIONS: readonly Migration[] = [];

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
