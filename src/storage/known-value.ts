import type { TradeoffDocument } from '../domain/document/schema';
import { BASED_ON_LENGTH, isNewerRevision, type StoredReading } from './envelope';
import { createDocumentHistory, valueIdentity } from './value-identity';

/** Unknown: storage could not even be read, so any value found later is news to this tab. */
export const UNKNOWN = Symbol('unknown');

type OkReading = Extract<StoredReading, { kind: 'ok' }>;

/**
 * What one tab knows of the stored value: the raw text it last read or
 * wrote (any other text is news), what it holds, the newest revision seen,
 * and the documents it read or wrote lately, as bases for merging.
 */
export const createKnownValue = () => {
  const history = createDocumentHistory();
  let raw: string | null | typeof UNKNOWN = UNKNOWN;
  let kind: StoredReading['kind'] = 'empty';
  let identity = valueIdentity(null);
  /** The known value and the values it grew from, newest first. */
  let lineage = [identity];
  let document: TradeoffDocument | null = null;
  let revision = 0;
  let dropped: string[] = [];
  /** The value this tab wrote last; undefined before its first write. */
  let written: string | undefined;

  return {
    get raw() {
      return raw;
    },
    get kind() {
      return kind;
    },
    /** What a save over the known value grew from: `basedOn` of its envelope. */
    get lineage() {
      return lineage.slice(0, BASED_ON_LENGTH);
    },
    get document() {
      return document;
    },
    /** The newest revision seen: the next write gets the one after it. */
    get revision() {
      return revision;
    },
    /** Fields dropped when the value was read: it is backed up before the cleaned copy is written. */
    get dropped() {
      return dropped;
    },

    /**
     * This tab has read `value`. `first`: the first value it could read, whose
     * revision it takes as it is (a later one only counts when it is newer).
     */
    read(value: string | null, reading: StoredReading, { first = false } = {}) {
      raw = value;
      kind = reading.kind;
      identity = valueIdentity(value);
      lineage = [identity, ...(reading.kind === 'ok' ? (reading.basedOn ?? []) : [])];
      dropped = reading.kind === 'ok' ? reading.warnings : [];
      document = reading.kind === 'ok' ? reading.document : null;
      if (reading.kind !== 'ok') return;
      history.add(identity, reading.document);
      if (first || isNewerRevision(reading.revision, revision)) revision = reading.revision;
    },
    /** This tab wrote `value`, holding `saved` at `savedRevision`, grown from `basedOn`. */
    wrote(value: string, saved: TradeoffDocument, savedRevision: number, basedOn: string[]) {
      this.read(value, {
        kind: 'ok',
        document: saved,
        revision: savedRevision,
        basedOn,
        warnings: [],
      });
      written = value;
    },
    /**
     * Whether another tab's save grew from this tab's last write, so that it
     * holds everything this tab wrote. False when it overwrote that write unseen.
     */
    includesOwnWrite: (reading: OkReading) =>
      written === undefined || (reading.basedOn ?? []).includes(valueIdentity(written)),
    /** A document this tab started from when nothing was stored (the base of a first save). */
    startedEmpty(initial: TradeoffDocument) {
      history.add(valueIdentity(null), initial);
    },
    /**
     * The common base of another tab's save and this tab's work: the newest
     * value that save grew from which this tab also read or wrote. null: none known.
     */
    baseOf: (reading: OkReading) => {
      for (const ancestor of reading.basedOn ?? []) {
        const document = history.get(ancestor);
        if (document) return document;
      }
      return null;
    },
  };
};

export type KnownValue = ReturnType<typeof createKnownValue>;
