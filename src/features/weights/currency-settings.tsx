import { useId } from 'react';
import { useNotify } from '../../store/app-context';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { currenciesNeedingRates, currencyChoices, currencyName } from './currencies';
import { ExchangeRateField } from './exchange-rate-field';
import { changeDisplayCurrency, setExchangeRate } from './settings-updates';

/** The display currency and the rates every offer's currency needs to be compared. */
export function CurrencySettings() {
  const doc = useDocument();
  const store = useDocumentStore();
  const notify = useNotify();
  const id = useId();
  const { currency, exchangeRates } = doc.settings;
  const offerCurrencies = doc.offers.map((offer) => offer.currency);
  const needed = currenciesNeedingRates(offerCurrencies, currency);

  const onCurrency = (next: string) => {
    const { doc: updated, dropped } = changeDisplayCurrency(store.get(), next);
    store.update(() => updated);
    if (dropped.length > 0) {
      notify({
        tone: 'info',
        message: `Rates for ${dropped.join(', ')} were cleared: enter how many ${next} each buys.`,
      });
    }
  };

  return (
    <div className="currency-settings">
      <div className="field">
        <label htmlFor={id}>Display currency</label>
        <select id={id} value={currency} onChange={(e) => onCurrency(e.currentTarget.value)}>
          {currencyChoices([...offerCurrencies, currency]).map((code) => (
            <option key={code} value={code}>
              {code} — {currencyName(code)}
            </option>
          ))}
        </select>
        <p className="field-hint">Totals and charts are converted to this currency.</p>
      </div>
      <fieldset className="rates">
        <legend className="field-label">Exchange rates</legend>
        {needed.length === 0 ? (
          <p className="field-hint">Every offer is in {currency}: no rates needed.</p>
        ) : (
          needed.map((code) => (
            <ExchangeRateField
              key={`${code}:${currency}`}
              currency={code}
              display={currency}
              stored={Object.hasOwn(exchangeRates, code) ? exchangeRates[code] : undefined}
              onValid={(rate) => store.update((current) => setExchangeRate(current, code, rate))}
            />
          ))
        )}
      </fieldset>
    </div>
  );
}
