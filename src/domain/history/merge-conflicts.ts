import { CRITERION_LABELS } from '../fields/choices';
import { SECTION_TITLES, offerField, type FieldSection } from '../fields/offer-fields';
import { type MergeConflict } from './merge-three-way';
import { type TradeoffDocument } from '../document/schema';

/* Words for what a three-way merge could not settle, and the way to take this side's values back. */

const factorName = (factor: string) => SECTION_TITLES[factor as FieldSection] ?? factor;

const settingName = (path: string): string => {
  const [head, a, b] = path.split('.');
  if (head === 'currency') return 'Display currency';
  if (head === 'horizonYears') return 'Horizon';
  if (head === 'weights' && a) return `Weight of ${factorName(a)}`;
  if (head === 'criterionWeights' && a && b)
    return `${factorName(a)} · ${CRITERION_LABELS[b] ?? b} weight`;
  if (head === 'exchangeRates' && a) return `Exchange rate for ${a}`;
  if (head === 'criterionWeights' && a) return `${factorName(a)} criterion weights`;
  if (head === 'weights') return 'Weights';
  if (head === 'exchangeRates') return 'Exchange rates';
  return 'Settings';
};

/**
 * "Acme · Base salary" for a field of an offer (named by its company in
 * `document`), "Weight of Growth" for a setting.
 */
export const describeConflict = (conflict: MergeConflict, document: TradeoffDocument): string => {
  if (conflict.offerId === null) return settingName(conflict.path);
  const offer = document.offers.find((o) => o.id === conflict.offerId);
  const field = offerField(conflict.path)?.label ?? (conflict.path || 'every field');
  return `${offer?.company ?? 'An offer'} · ${field}`;
};

type Plain = Record<string, unknown>;

/** `source` with the value at the dotted `path` replaced (removed when `value` is undefined). */
const withValueAt = (source: unknown, keys: readonly string[], value: unknown): unknown => {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const node: Plain = typeof source === 'object' && source !== null ? { ...(source as Plain) } : {};
  const next = withValueAt(node[key], rest, value);
  if (next === undefined) delete node[key];
  else node[key] = next;
  return node;
};

const split = (path: string) => (path === '' ? [] : path.split('.'));

/**
 * The document with each conflict's `mine` value put back, where its offer
 * still exists: the person chose this tab's values after all.
 */
export const applyMine = (
  document: TradeoffDocument,
  conflicts: readonly MergeConflict[],
): TradeoffDocument =>
  conflicts.reduce((current, conflict) => {
    if (conflict.offerId === null) {
      const settings = withValueAt(current.settings, split(conflict.path), conflict.mine);
      return { ...current, settings: settings as TradeoffDocument['settings'] };
    }
    if (!current.offers.some((offer) => offer.id === conflict.offerId)) return current;
    const offers = current.offers.map((offer) =>
      offer.id === conflict.offerId
        ? (withValueAt(offer, split(conflict.path), conflict.mine) as typeof offer)
        : offer,
    );
    return { ...current, offers };
  }, document);
