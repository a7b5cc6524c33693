import { PricesAsInSelect } from '../../components/prices-as-in-select';
import { usePrices } from '../../store/prices';

/**
 * Where prices are compared from (scoring.md §2): the reference place every
 * suggested cost of living index is worked out against.
 */
export function PricesSettings() {
  const prices = usePrices();
  return (
    <fieldset className="tax-settings">
      <legend className="field-label">Cost of living</legend>
      <div className="field">
        {prices ? <PricesAsInSelect prices={prices} /> : <p className="field-hint">Loading…</p>}
        <p className="field-hint">
          The offer form suggests each offer’s index against this place, from BEA regional price
          parities (US states and metro areas) and World Bank price levels (countries).
        </p>
      </div>
    </fieldset>
  );
}
