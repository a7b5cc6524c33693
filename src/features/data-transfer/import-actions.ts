import { mergeDocuments, type TwinChoice } from '../../domain/history/merge';
import { type TradeoffDocument } from '../../domain/document/schema';
import { isolate } from '../../lib/isolate';
import type { DocumentStore } from '../../store/document-store';
import type { Notify } from '../../store/notices';
import { undoImport } from './import-undo';
import { listOf } from '../../lib/list';
import { plural } from './offer-summary';

export type ImportMode = 'replace' | 'merge';

/** What a file or link held, ready to import. */
export interface ImportCandidate {
  document: TradeoffDocument;
  warnings: string[];
}

export { describeOffers, summarizeOffers } from './offer-summary';

export const importMessage = (offers: number, warnings: number): string =>
  `Imported ${plural(offers, 'offer')}${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}`;

const names = (companies: readonly string[]) => listOf(companies.map(isolate));

/**
 * What a merge did with offers that were here already (a re-imported export)
 * and with twins: "Updated Amazon to the file's newer version. Beta was here
 * already, as new as in the file. Kept your Initech, not the file's."
 */
export const sameOffersText = (
  updated: readonly string[],
  kept: readonly string[],
  replaced: readonly string[] = [],
  skipped: readonly string[] = [],
): string =>
  [
    updated.length > 0 && `Updated ${names(updated)} to the file's newer version.`,
    kept.length > 0 &&
      `${names(kept)} ${kept.length === 1 ? 'was' : 'were'} here already, as new as in the file.`,
    replaced.length > 0 && `Took the file's ${names(replaced)} in place of yours.`,
    skipped.length > 0 && `Kept your ${names(skipped)}, not the file's.`,
  ]
    .filter(Boolean)
    .join(' ');

/** Replacing throws away what is there now, so it is confirmed first unless there is nothing to lose. */
export const replaceNeedsConfirmation = (current: TradeoffDocument): boolean =>
  current.offers.length > 0;

const newId = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `offer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Applies an import as one local change (so it is saved) and offers Undo,
 * which reverts what the import changed and keeps every later edit (see
 * undoImport). A merge adds twins (see `twinsOf`) unless `twins` says otherwise. Returns false
 * when nothing changed.
 */
export const applyImport = (
  { store, notify }: { store: DocumentStore; notify: Notify },
  candidate: ImportCandidate,
  mode: ImportMode,
  makeId: () => string = newId,
  twins?: TwinChoice,
): boolean => {
  const previous = store.get();
  let next = candidate.document;
  const warnings = [...candidate.warnings];
  let sameOffers = '';
  if (mode === 'merge') {
    const merged = mergeDocuments(previous, candidate.document, makeId, twins);
    if (!merged.ok) {
      notify({ message: `Nothing was imported. ${merged.message}`, tone: 'error' });
      return false;
    }
    next = merged.document;
    for (const { company, from } of merged.renamed)
      warnings.push(`${company} got a new id: "${from}" was already used`);
    sameOffers = sameOffersText(merged.updated, merged.kept, merged.replaced, merged.skipped);
  }
  store.set(next, 'local');
  const change = { before: previous, after: next };
  notify({
    message: sameOffers
      ? `${importMessage(next.offers.length - previous.offers.length, warnings.length)}. ${sameOffers}`
      : importMessage(candidate.document.offers.length, warnings.length),
    tone: 'success',
    actions: [{ label: 'Undo', onAction: () => undoImport({ store, notify }, change) }],
  });
  return true;
};
