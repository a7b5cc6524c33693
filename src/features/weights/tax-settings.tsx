import { useId } from 'react';
import type { Household } from '../../domain/document/schema';
import { useDocument, useDocumentStore } from '../../store/document-context';

const TAX_YEARS = [2026, 2027, 2028, 2029, 2030];
const PENSION_SHARES = [0, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100];

/** How pay after tax is worked out: the household and the tax year of year 1 (scoring.md §11). */
export function TaxSettings() {
  const settings = useDocument((document) => document.settings);
  const store = useDocumentStore();
  const householdId = useId();
  const yearId = useId();
  const pensionId = useId();
  const pensionShares = PENSION_SHARES.includes(settings.pensionAsSavingsPct)
    ? PENSION_SHARES
    : [...PENSION_SHARES, settings.pensionAsSavingsPct].sort((a, b) => a - b);
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
      <div className="field">
        <label htmlFor={pensionId}>Count pension contributions as savings</label>
        <select
          id={pensionId}
          value={settings.pensionAsSavingsPct}
          onChange={(e) => set({ pensionAsSavingsPct: Number(e.currentTarget.value) })}
        >
          {pensionShares.map((pct) => (
            <option key={pct} value={pct}>
              {pct === 0 ? '0 %: all a cost' : `${pct} %`}
            </option>
          ))}
        </select>
        <p className="field-hint">
          Social contributions to a state pension (US Social Security, Germany’s pension insurance)
          buy a pension you will draw. At 0 % they are a cost like tax; at 100 % you keep them.
        </p>
      </div>
    </fieldset>
  );
}
