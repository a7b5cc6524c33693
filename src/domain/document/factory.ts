import {
  CURRENT_VERSION,
  FORMAT,
  compensationSchema,
  cultureSchema,
  growthSchema,
  DEFAULT_SETTINGS,
  workLifeSchema,
  type Offer,
  type Settings,
  type TradeoffDocument,
} from './schema';

const EPOCH = '1970-01-01T00:00:00.000Z';

export interface NewOfferInit {
  /** Defaults to a random UUID where the platform has one. */
  id?: string;
  company?: string;
  /** Defaults to USD; pass the settings currency. */
  currency?: string;
  /** ISO timestamp for createdAt and updatedAt. */
  now?: string;
}

const newId = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `offer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * A new offer with every default of the schema filled in. Callers that need
 * determinism (tests, examples) pass the id and clock; without an id a random
 * one is made. The company is left empty: it is the one thing a person must
 * say.
 */
export const createOffer = ({
  id = newId(),
  company = '',
  currency = 'USD',
  now = EPOCH,
}: NewOfferInit = {}): Offer => ({
  id,
  company,
  role: '',
  location: '',
  currency,
  status: 'considering',
  current: false,
  deadline: null,
  notes: '',
  tax: null,
  compensation: compensationSchema().parse({}),
  growth: growthSchema().parse({}),
  culture: cultureSchema().parse({}),
  workLife: workLifeSchema().parse({}),
  createdAt: now,
  updatedAt: now,
});

/** Default settings (a fresh copy each time), with the overrides given. */
export const createSettings = (overrides: Partial<Settings> = {}): Settings => ({
  ...(structuredClone(DEFAULT_SETTINGS) as Settings),
  ...overrides,
});

/** An empty document with default settings. */
export const createDocument = (
  overrides: Partial<Omit<TradeoffDocument, 'format' | 'version'>> = {},
): TradeoffDocument => ({
  format: FORMAT,
  version: CURRENT_VERSION,
  settings: createSettings(),
  offers: [],
  ...overrides,
});
