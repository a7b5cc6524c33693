import { useState } from 'react';
import { useAppState } from '../../store/app-context';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { loadTaxRules, neededTaxPlaces } from '../../store/tax-rules';

/**
 * "After tax": rank on pay after tax instead of before (scoring.md §11). The
 * tax rules the offers need load first, so the ranking never shows a
 * moment of offers waiting for them; when they cannot load, it says so and
 * stays before tax.
 */
export function CompareOnSwitch() {
  const document = useDocument();
  const store = useDocumentStore();
  const { taxRules } = useAppState();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const net = document.settings.compareOn === 'net';

  const setCompareOn = (compareOn: 'gross' | 'net') =>
    store.update((current) => ({ ...current, settings: { ...current.settings, compareOn } }));

  const toggle = async (on: boolean) => {
    setFailed(false);
    if (!on) return setCompareOn('gross');
    setLoading(true);
    try {
      await loadTaxRules(taxRules, neededTaxPlaces(store.get()));
      setCompareOn('net');
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
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
      {failed ? (
        <span className="small error-text" role="alert">
          The tax rules could not be loaded (are you offline?). Switch it on again to retry.
        </span>
      ) : (
        <span className="small muted">
          {net ? 'Estimates: see Side by side.' : 'Pay before tax.'}
        </span>
      )}
    </div>
  );
}
