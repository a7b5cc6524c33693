import fc from 'fast-check';
import { arbitraryDocument, arbitraryOffer } from '../../testing/domain-factories';
import { parseDocument } from '../document/parse';
import { mergeThreeWay } from './merge-three-way';
import type { Offer, TradeoffDocument } from '../document/schema';

/* Two sides grown from one base by edits, deletions and additions, as two tabs would. */

const OFFER_FIELDS = [
  ['company', fc.constantFrom('Acme', 'Globex', 'Émile & Zoë')],
  ['notes', fc.string({ maxLength: 20 })],
  ['status', fc.constantFrom('considering', 'accepted', 'declined')],
  ['compensation.baseSalary', fc.integer({ min: 0, max: 500_000 })],
  ['compensation.equity.vestingSchedule', fc.constantFrom([100], [50, 50], [25, 25, 25, 25])],
  ['growth.learning', fc.integer({ min: 1, max: 5 })],
  ['workLife.hoursPerWeek', fc.integer({ min: 0, max: 80 })],
] as const;

const SETTINGS_FIELDS = [
  ['horizonYears', fc.integer({ min: 1, max: 6 })],
  ['weights.compensation', fc.integer({ min: 0, max: 100 })],
  ['weights.growth', fc.integer({ min: 0, max: 100 })],
  ['criterionWeights.culture.team', fc.integer({ min: 0, max: 100 })],
  ['exchangeRates.EUR', fc.constantFrom(0.9, 1.1, undefined)],
  ['exchangeRates.CHF', fc.constantFrom(1.2, undefined)],
] as const;

type Side = 'theirs' | 'mine';
/** A change and the side that makes it; none of them is made by both sides. */
interface Edit {
  /** `both`: a conflict; theirs sets `value`, mine sets `other`. */
  side: Side | 'both' | null;
  target: string | null; // offer id, or null for settings
  path: string;
  value: unknown;
  other: unknown;
}

const setAt = (source: unknown, keys: string[], value: unknown): unknown => {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const node = { ...(source as Record<string, unknown>) };
  const next = setAt(node[key], rest, value);
  if (next === undefined) delete node[key];
  else node[key] = next;
  return node;
};

const side = fc.constantFrom<Side | null>('theirs', 'mine', null);
const editSide = fc.constantFrom<Edit['side']>('theirs', 'mine', null, 'both');

interface Scenario {
  base: TradeoffDocument;
  edits: Edit[];
  deletedBy: Map<string, Side>;
  added: { side: Side; offer: Offer; at: number }[];
}

/** `clashes`: both sides may change the same field, and change offers the other side deleted. */
const scenario = ({ clashes = false } = {}): fc.Arbitrary<Scenario> =>
  arbitraryDocument({ maxOffers: 4 }).chain((base) => {
    const offerEdits = base.offers.flatMap((offer) =>
      OFFER_FIELDS.map(([path, value]) =>
        fc.record({
          side: editSide,
          target: fc.constant(offer.id),
          path: fc.constant(path),
          value,
          other: value,
        }),
      ),
    );
    const settingEdits = SETTINGS_FIELDS.map(([path, value]) =>
      fc.record({
        side: editSide,
        target: fc.constant(null),
        path: fc.constant(path),
        value,
        other: value,
      }),
    );
    const deletions = fc.tuple(...base.offers.map(() => side));
    const additions = fc.array(
      fc.record({
        side: fc.constantFrom<Side>('theirs', 'mine'),
        offer: arbitraryOffer(),
        at: fc.nat(),
      }),
      { maxLength: 3 },
    );
    return fc
      .record({
        edits: fc.tuple(...offerEdits, ...settingEdits),
        deletions,
        additions,
      })
      .map(({ edits, deletions: deleting, additions: adding }) => {
        const deletedBy = new Map<string, Side>();
        base.offers.forEach((offer, i) => {
          if (deleting[i]) deletedBy.set(offer.id, deleting[i]!);
        });
        return {
          base,
          // A side never edits an offer the other side deleted: that case is a told conflict.
          edits: (edits as Edit[]).filter(
            (e) =>
              clashes ||
              (e.side !== null && e.side !== 'both' && !(e.target && deletedBy.has(e.target))),
          ),
          deletedBy,
          added: adding.map((a, i) => ({ ...a, offer: { ...a.offer, id: `${a.side}-new-${i}` } })),
        };
      });
  });

/** One side's document: its edits, deletions and additions applied to the base. */
const grow = (
  { base, edits, deletedBy, added }: Scenario,
  who: Side | 'both',
): TradeoffDocument => {
  const makes = (s: Side | 'both' | null) =>
    s !== null && (who === 'both' || s === who || s === 'both');
  let document = base;
  for (const e of edits.filter((e) => makes(e.side))) {
    const value = e.side === 'both' && who === 'mine' ? e.other : e.value;
    const keys = e.path.split('.');
    document =
      e.target === null
        ? {
            ...document,
            settings: setAt(document.settings, keys, value) as TradeoffDocument['settings'],
          }
        : {
            ...document,
            offers: document.offers.map((o) =>
              o.id === e.target ? (setAt(o, keys, value) as Offer) : o,
            ),
          };
  }
  const offers = document.offers.filter((o) => !makes(deletedBy.get(o.id) ?? null));
  for (const { side: s, offer, at } of added) {
    if (makes(s)) offers.splice(at % (offers.length + 1), 0, offer);
  }
  return { ...document, offers };
};

const sortedById = (offers: readonly Offer[]) => [...offers].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('mergeThreeWay properties', () => {
  it('loses no change of either side when they touch different fields or offers', () => {
    fc.assert(
      fc.property(scenario(), (s) => {
        const result = mergeThreeWay(s.base, grow(s, 'theirs'), grow(s, 'mine'));
        const expected = grow(s, 'both');
        expect(result.conflicts).toEqual([]);
        expect(result.kept).toEqual([]);
        expect(result.document.settings).toEqual(expected.settings);
        expect(sortedById(result.document.offers)).toEqual(sortedById(expected.offers));
      }),
      { numRuns: 150 },
    );
  });

  it('returns the other side exactly when one side did not change anything', () => {
    fc.assert(
      fc.property(scenario(), fc.constantFrom<Side>('theirs', 'mine'), (s, who) => {
        const changed = grow(s, who);
        expect(mergeThreeWay(s.base, s.base, changed).document).toEqual(changed);
        expect(mergeThreeWay(s.base, changed, s.base).document).toEqual(changed);
      }),
      { numRuns: 150 },
    );
  });

  it('always gives a document the app reads back, whatever both sides did', () => {
    fc.assert(
      fc.property(scenario({ clashes: true }), (s) => {
        const { document } = mergeThreeWay(s.base, grow(s, 'theirs'), grow(s, 'mine'));
        expect(parseDocument(JSON.parse(JSON.stringify(document)))).toMatchObject({ ok: true });
      }),
      { numRuns: 100 },
    );
  });
});
