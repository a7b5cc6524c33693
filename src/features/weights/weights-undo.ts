import { revertChange } from '../../domain/history/revert';
import { type TradeoffDocument, type Weights } from '../../domain/document/schema';
import type { DocumentStore } from '../../store/document-store';
import type { Notify } from '../../store/notices';
import { setWeights } from './settings-updates';

/**
 * Sets the weights as one change and offers Undo, which puts the settings
 * back through the same revertChange as Undo of an import: only while they
 * are still what this change made (a later change of a weight stays).
 */
export const applyWeightsWithUndo = (
  { store, notify }: { store: DocumentStore; notify: Notify },
  weights: Weights,
  message: string,
): void => {
  const before: TradeoffDocument = store.get();
  const after = setWeights(before, weights);
  if (after === before) {
    notify({ message: 'Those are already your weights', tone: 'info' });
    return;
  }
  store.update(() => after);
  notify({
    message,
    tone: 'success',
    actions: [
      {
        label: 'Undo',
        onAction: () => {
          const result = revertChange({ before, after }, store.get());
          if (!result.ok || result.settingsKept) {
            notify({
              message: 'The weights were changed again since, so they stay as they are.',
              tone: 'info',
            });
            return;
          }
          store.update(() => result.document);
          notify({ message: 'Weights put back', tone: 'info' });
        },
      },
    ],
  });
};
