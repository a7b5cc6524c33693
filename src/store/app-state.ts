import type { TradeoffDocument } from '../domain/document/schema';
import type { TaxRules } from '../domain/tax/rules';
import { IDLE_STATUS, type FoundChoice, type PersistenceStatus } from './persistence-status';
import { createStore, type ReadableStore, type Store } from './create-store';
import { createDocumentStore, type DocumentStore } from './document-store';
import { createNotices, type Notices } from './notices';
import { createTaxRulesStore, type TaxRulesStore } from './tax-rules';

/** What the offer editor is doing: a new offer, or editing one offer. */
export type EditorTarget =
  | { mode: 'new'; session: number; paste?: boolean }
  | { mode: 'edit'; offerId: string; session: number };

export interface EditorState {
  /** `null`: the editor is closed. */
  target: EditorTarget | null;
  /** How many times it has opened: each opening is a fresh form. */
  sessions: number;
}

/** What the UI may know and do about saving: the banners' status and the answers they offer. */
export interface PersistenceControl {
  status: ReadableStore<PersistenceStatus>;
  startFresh(): void;
  backupDownloaded(raw: string): void;
  resolveFound(choice: FoundChoice): void;
}

/**
 * Everything one running app holds, made once (in main.tsx, or per test by
 * renderWithStore) and handed to <AppStateProvider>. Nothing lives in module
 * globals, so two apps (two tests) never share a message, a dialog or an
 * editor, and no test has to reset anything.
 */
export interface AppState {
  document: DocumentStore;
  /** The tax places whose rules have loaded: every figure after tax is worked out with them. */
  taxRules: TaxRulesStore;
  notices: Notices;
  /** The modal dialogs open right now, topmost last (see components/open-dialogs). */
  dialogs: Store<readonly HTMLDialogElement[]>;
  editor: Store<EditorState>;
  /** The app's storage; without one (tests, storage-less renders) nothing is saved or reported. */
  persistence: PersistenceControl;
}

export interface AppStateInit {
  document: TradeoffDocument;
  persistence?: PersistenceControl;
  /** Tax rules at hand from the start (tests); the app begins with none and loads them. */
  taxRules?: TaxRules;
  /** Made beforehand when something created earlier (the storage) must already report to them. */
  notices?: Notices;
}

const noPersistence = (): PersistenceControl => ({
  status: createStore(IDLE_STATUS),
  startFresh: () => {},
  backupDownloaded: () => {},
  resolveFound: () => {},
});

export const createAppState = ({
  document,
  taxRules,
  persistence = noPersistence(),
  notices = createNotices(),
}: AppStateInit): AppState => ({
  document: createDocumentStore(document),
  taxRules: createTaxRulesStore(taxRules),
  notices,
  dialogs: createStore<readonly HTMLDialogElement[]>([]),
  editor: createStore<EditorState>({ target: null, sessions: 0 }),
  persistence,
});
