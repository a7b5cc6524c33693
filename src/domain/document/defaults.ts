import { createOffer, createSettings } from './factory';
import { lazily } from './lazily';
import type { Offer, Settings, TradeoffDocument } from './schema';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` with every key of `template` it lacks (or holds as undefined) filled
 * in, at every depth. Returns `value` itself when nothing was missing, so a
 * complete document costs one walk and no copies.
 */
export const fillDefaults = <T>(value: T, template: unknown): T => {
  if (!isPlain(value) || !isPlain(template)) return value;
  let filled: Plain | null = null;
  for (const key of Object.keys(template)) {
    const current = value[key];
    const next = current === undefined ? template[key] : fillDefaults(current, template[key]);
    if (next !== current) {
      filled ??= { ...value };
      filled[key] = next;
    }
  }
  return (filled ?? value) as T;
};

const settingsTemplate = lazily(() => createSettings());
/** A new offer with every default: what a missing field of an offer takes. */
export const offerTemplate = lazily(() => createOffer({ id: '' }));

export const completeSettings = (settings: Partial<Settings> | undefined): Settings =>
  fillDefaults((settings ?? {}) as Settings, settingsTemplate());

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

const completeOffer = (offer: Offer, template: Offer, currency: string): Offer =>
  fillDefaults(offer, { ...template, currency });

/**
 * Documents built by hand (in tests, or by a caller of the domain) may leave
 * optional fields out, as a stored or imported document may; the scoring
 * functions see the schema's defaults for them, as parseDocument would give.
 * Documents that came through parseDocument are returned unchanged.
 */
export const completeDocument = (document: TradeoffDocument): TradeoffDocument => {
  const settings = completeSettings(document.settings);
  const template =
    typeof document.version === 'number' && document.version >= NOT_RATED_SINCE
      ? offerTemplate()
      : ratedAs3Template();
  const source = Array.isArray(document.offers) ? document.offers : [];
  let offers: Offer[] | null = source === document.offers ? null : [];
  source.forEach((offer, index) => {
    const complete = completeOffer(offer, template, settings.currency);
    if (complete !== offer && offers === null) offers = source.slice(0, index);
    offers?.push(complete);
  });
  if (settings === document.settings && offers === null) return document;
  return { ...document, settings, offers: offers ?? source };
};
