import { useEffect, useState } from 'react';
import type { TradeoffDocument } from '../../domain/document/schema';
import type { TaxRules } from '../../domain/tax/rules';
import { runInSlices } from '../../lib/slices';
import { insightsAtOnce, selectPanelWork } from './select-insights';

/** A version of the document with the tax rules its insights were worked out with. */
export interface InsightsInput {
  document: TradeoffDocument;
  rules: TaxRules;
}

export interface InsightsDocument {
  /** The newest version whose insights are ready; null before the first is. */
  shown: InsightsInput | null;
  /** A newer version's insights are being worked out. */
  updating: boolean;
}

/**
 * The version of the document the insights show. Insights that take a few
 * milliseconds are worked out at once (insightsAtOnce); the others in slices
 * between the browser's tasks, while the last version worked out stays on
 * screen, marked as updating. A newer version stops the work for an older one;
 * what it had drawn of each offer's money is kept for the newer.
 */
export const useInsightsDocument = (
  document: TradeoffDocument,
  rules: TaxRules,
): InsightsDocument => {
  const atOnce = insightsAtOnce(document, rules);
  const [shown, setShown] = useState<InsightsInput | null>(atOnce ? { document, rules } : null);
  const [, setWorkedOut] = useState<InsightsInput | null>(null);
  if (atOnce && (shown?.document !== document || shown.rules !== rules)) {
    // Adjusted while rendering: the version shown when a later one must wait.
    setShown({ document, rules });
  }
  useEffect(() => {
    if (atOnce) return;
    const controller = new AbortController();
    const done = () => setWorkedOut({ document, rules });
    // A failure is thrown again while rendering, where the panel's boundary shows it.
    runInSlices(selectPanelWork(document, rules).steps(), controller.signal).then(
      (result) => result && done(),
      done,
    );
    return () => controller.abort();
  }, [atOnce, document, rules]);
  return atOnce ? { shown: { document, rules }, updating: false } : { shown, updating: true };
};
