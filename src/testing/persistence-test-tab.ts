import type { TradeoffDocument } from '../domain';
import type { NoticeAction } from '../store/notices';
import { createDocumentStore } from '../store/document-store';
import { makeDocument, makeOffer } from './domain-factories';
import { readStoredValue, serializeEnvelope } from '../storage/envelope';
import { createFakeStorage, type FakeStorage } from './fake-storage';
import { STORAGE_KEYS } from '../storage/keys';
import { createPersistence } from '../storage/persistence';

/* Shared by the persistence tests: one "tab" over a fake storage. */

export const KEY = STORAGE_KEYS.document;
export const NOW = new Date('2026-12-01T12:00:00.000Z');

export const envelope = (document: TradeoffDocument, revision = 1) =>
  serializeEnvelope({ revision, savedAt: '2026-11-30T08:00:00.000Z', document });

export const docWith = (...companies: string[]) =>
  makeDocument({ offers: companies.map((company) => makeOffer({ id: company, company })) });

/** A tab: fake storage, page events, persistence and the store it feeds. */
export const openTab = (storage: FakeStorage = createFakeStorage(), access = () => storage) => {
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const notices: string[] = [];
  /** The actions offered with the notices, by label. */
  const actions = new Map<string, NoticeAction>();
  const persistence = createPersistence({
    storage: access,
    windowTarget: storage.events,
    documentTarget: page,
    now: () => NOW,
    onNotice: (message, offered = []) => {
      notices.push(message);
      for (const action of offered) actions.set(action.label, action);
    },
  });
  const store = createDocumentStore(persistence.initialDocument);
  const disconnect = persistence.connect(store);
  const addOffer = (company: string) =>
    store.update((doc) => ({
      ...doc,
      offers: [...doc.offers, makeOffer({ id: company, company })],
    }));
  const hidePage = () => {
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
  };
  return { storage, persistence, store, page, notices, actions, disconnect, addOffer, hidePage };
};

export const storedCompanies = (storage: FakeStorage | Map<string, string>) => {
  const data = storage instanceof Map ? storage : storage.data;
  const reading = readStoredValue(data.get(KEY) ?? null);
  return reading.kind === 'ok' ? reading.document.offers.map((o) => o.company) : reading.kind;
};
