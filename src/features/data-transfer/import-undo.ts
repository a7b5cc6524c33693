import { revertChange, type DocumentChange, type RevertResult } from '../../domain/history/revert';
import type { DocumentStore } from '../../store/document-store';
import type { Notify } from '../../store/notices';
import { listOf } from '../../lib/list';

interface UndoContext {
  store: DocumentStore;
  notify: Notify;
}

/** "Acme", "Acme and Globex", "Acme, Globex and Initech". */
export const joinNames = (names: readonly string[]): string => listOf(names);

const finish = (
  { store, notify }: UndoContext,
  result: RevertResult,
  keptOffers: readonly string[],
) => {
  if (!result.ok) {
    notify({ message: `The import was not undone. ${result.message}`, tone: 'error' });
    return;
  }
  store.update(() => result.document);
  const notes: string[] = [];
  if (keptOffers.length > 0)
    notes.push(
      `${joinNames(keptOffers)} ${keptOffers.length === 1 ? 'keeps its' : 'keep their'} later changes.`,
    );
  if (result.settingsKept) notes.push('Settings changed after the import stay as they are.');
  notify({
    message: notes.length > 0 ? `Import undone. ${notes.join(' ')}` : 'Import undone',
    tone: 'info',
  });
};

/**
 * Undo of an import, on the newest document: the offers it added go, the
 * ones it replaced come back, every later edit stays. When a later edit
 * touched one of those offers (here or in another tab), it asks first:
 * undo anyway, losing that edit, or keep the changed offers and undo the rest.
 */
export const undoImport = (context: UndoContext, change: DocumentChange): void => {
  const { store, notify } = context;
  const attempt = revertChange(change, store.get());
  if (!attempt.ok || attempt.conflicts.length === 0) {
    finish(context, attempt, []);
    return;
  }
  const changed = attempt.conflicts.map((conflict) => conflict.company);
  const one = changed.length === 1;
  notify({
    message: `${joinNames(changed)} ${one ? 'was' : 'were'} changed after the import. Undo anyway and lose ${one ? 'that change' : 'those changes'}, or keep ${one ? 'it' : 'them'} and undo the rest?`,
    tone: 'info',
    actions: [
      {
        label: 'Undo anyway',
        onAction: () => finish(context, revertChange(change, store.get(), { overwrite: true }), []),
      },
      {
        label: one ? `Keep ${changed[0]}` : 'Keep them',
        onAction: () => {
          const result = revertChange(change, store.get());
          finish(context, result, result.ok ? result.conflicts.map((c) => c.company) : []);
        },
      },
    ],
  });
};
