import { useId } from 'react';
import type { Household } from '../../domain/document/schema';
import { useDocument, useDocumentStore } from '../../store/document-context';

const TAX_YEARS = [2026, 2027, 2028, 2029, 2030];

/** How pay after tax is worked out: the household and the tax year of year 1 (scoring.md §11). */
export function TaxSettings() {
  const settings = useDocument((document) => document.settings);
  const store = useDocumentStore();
  const householdId = useId();
  const yearId = useId();
  const set = (change: Partial<typeof settings>) =>
    store.update((doc) => ({ ...doc, settings: { ...doc.settings, ...change } }));
  const years = TAX_YEARS.includes(settings.taxYear) ? TAX_YEARS : [settings.taxYear, ...TAX_YEARS];

  return (
    <fieldset className="tax-settings">
      <legend className="field-label">After tax</legend>
      <div className="field">
        <label htmlFor={householdId}>Household</label>
        <select
          id={householdId}
          value={settings.household}
          onChange={(e) => set({ household: e.currentTarget.value as Household })}
        >
          <option value="single">Single</option>
          <option value="joint">Married filing jointly</option>
        </select>
        <p className="field-hint">
          Where a place taxes couples together (the US). Joint assumes the offer is the household’s
          only pay.
        </p>
      </div>
      <div className="field">
        <label htmlFor={yearId}>Tax year of year 1</label>
        <select
          id={yearId}
          value={settings.taxYear}
          onChange={(e) => set({ taxYear: Number(e.currentTarget.value) })}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        <p className="field-hint">
          Later years use their own rules where published; until then the newest (2026).
        </p>
      </div>
    </fieldset>
  );
}
