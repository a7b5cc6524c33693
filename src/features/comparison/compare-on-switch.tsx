import { useState } from 'react';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { loadTaxRules, neededTaxPlaces } from '../../store/tax-rules';

/**
 * "After tax": rank on pay after tax instead of before (scoring.md §11). The
 * tax rules the offers need load first, so the ranking never shows a
 * moment of offers waiting for them.
 */
export function CompareOnSwitch() {
  const document = useDocument();
  const store = useDocumentStore();
  const [loading, setLoading] = useState(false);
  const net = document.settings.compareOn === 'net';

  const setCompareOn = (compareOn: 'gross' | 'net') =>
    store.update((current) => ({ ...current, settings: { ...current.settings, compareOn } }));

  const toggle = async (on: boolean) => {
    if (!on) return setCompareOn('gross');
    setLoading(true);
    try {
      await loadTaxRules(neededTaxPlaces(store.getDocument()));
    } finally {
      setLoading(false);
    }
    setCompareOn('net');
  };

  return (
    <div className="compare-on">
      <label className="compare-on-switch">
        <input
          type="checkbox"
          role="switch"
          checked={net}
          disabled={loading}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />{' '}
        After tax
      </label>
      <span className="small muted">
        {net ? 'Estimates: see Side by side.' : 'Pay before tax.'}
      </span>
    </div>
  );
}
