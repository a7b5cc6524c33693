import { createOffer, createSettings } from './factory';
import { lazily } from './lazily';
import type { Offer, Settings, TradeoffDocument } from './schema';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A template's keys in order, each with its default and, for a nested object, its own shape. */
interface Shape {
  keys: string[];
  defaults: unknown[];
  children: (Shape | null)[];
}

const shapeOf = (template: Plain): Shape => {
  const keys = Object.keys(template);
  return {
    keys,
    defaults: keys.map((key) => template[key]),
    children: keys.map((key) => {
      const child = template[key];
      return isPlain(child) ? shapeOf(child) : null;
    }),
  };
};

/**
 * `value` with every key of the shape's template it lacks (or holds as
 * undefined) filled in, at every depth; `value` itself when nothing was
 * missing. A template walked once into a shape is not listed again for every
 * value. A `currency` missing at the top takes `currency` when given.
 */
const fillShape = <T>(value: T, shape: Shape, currency?: string): T => {
  if (!isPlain(value)) return value;
  let filled: Plain | null = null;
  const { keys, defaults, children } = shape;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const current = value[key];
    const child = children[i];
    let next = current;
    if (current === undefined)
      next = currency !== undefined && key === 'currency' ? currency : defaults[i];
    else if (child) next = fillShape(current, child);
    if (next !== current) {
      filled ??= { ...value };
      filled[key] = next;
    }
  }
  return (filled ?? value) as T;
};

/**
 * `value` with every key of `template` it lacks (or holds as undefined) filled
 * in, at every depth. Returns `value` itself when nothing was missing, so a
 * complete document costs one walk and no copies.
 */
export const fillDefaults = <T>(value: T, template: unknown): T =>
  isPlain(template) ? fillShape(value, shapeOf(template)) : value;

/**
 * `fillDefaults` with a template fixed once: its shape is walked on the first
 * call, not on every one (the pay model fills each offer it is given, and the
 * win probability's draws give it thousands). A `currency` missing at the top
 * takes `currency` when given.
 */
export const defaultsFiller = (template: () => object): (<T>(value: T, currency?: string) => T) => {
  const shape = lazily(() => shapeOf(template() as Plain));
  return (value, currency) => fillShape(value, shape(), currency);
};

const fillSettings = defaultsFiller(() => createSettings());
/** A new offer with every default: what a missing field of an offer takes. */
export const offerTemplate = lazily(() => createOffer({ id: '' }));

export const completeSettings = (settings: Partial<Settings> | undefined): Settings =>
  fillSettings((settings ?? {}) as Settings);

/**
 * Before version 8 a rating left out meant 3 (migrations.ts); a document
 * that says it is older, or says no version, is completed the way loading it
 * would, so its scores are the ones it always had.
 */
const NOT_RATED_SINCE = 8;
const ratedAs3Template = lazily(() => {
  const offer = offerTemplate();
  const three = <T extends object>(ratings: T) =>
    Object.fromEntries(Object.keys(ratings).map((key) => [key, 3])) as T;
  return {
    ...offer,
    growth: three(offer.growth),
    culture: three(offer.culture),
    workLife: { ...offer.workLife, flexibility: 3 },
  };
});

const fillOffer = defaultsFiller(offerTemplate);
const fillRatedAs3 = defaultsFiller(ratedAs3Template);

/**
 * Documents built by hand (in tests, or by a caller of the domain) may leave
 * optional fields out, as a stored or imported document may; the scoring
 * functions see the schema's defaults for them, as parseDocument would give.
 * Documents that came through parseDocument are returned unchanged.
 */
export const completeDocument = (document: TradeoffDocument): TradeoffDocument => {
  const settings = completeSettings(document.settings);
  const fill =
    typeof document.version === 'number' && document.version >= NOT_RATED_SINCE
      ? fillOffer
      : fillRatedAs3;
  const source = Array.isArray(document.offers) ? document.offers : [];
  let offers: Offer[] | null = source === document.offers ? null : [];
  source.forEach((offer, index) => {
    const complete = fill(offer, settings.currency);
    if (complete !== offer && offers === null) offers = source.slice(0, index);
    offers?.push(complete);
  });
  if (settings === document.settings && offers === null) return document;
  return { ...document, settings, offers: offers ?? source };
};
