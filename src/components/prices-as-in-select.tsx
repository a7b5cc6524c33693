import { useId } from 'react';
import { useDocument, useDocumentStore } from '../store/document-context';
import type { PricesModule } from '../store/prices';

/** "I compare prices as if living in …": the reference place, a setting of every offer. */
export function PricesAsInSelect({ prices, id }: { prices: PricesModule; id?: string }) {
  const pricesAsIn = useDocument((document) => document.settings.pricesAsIn);
  const store = useDocumentStore();
  const ownId = useId();
  const selectId = id ?? ownId;
  return (
    <span className="prices-as-in">
      <label htmlFor={selectId}>I compare prices as if living in</label>{' '}
      <select
        id={selectId}
        value={pricesAsIn ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          store.update((doc) => ({
            ...doc,
            settings: { ...doc.settings, pricesAsIn: value === '' ? null : value },
          }));
        }}
      >
        <option value="">Choose a place…</option>
        {pricesAsIn !== null && !prices.priceLevelById(pricesAsIn) && (
          <option value={pricesAsIn}>{pricesAsIn} (not built in)</option>
        )}
        {prices.priceLevelOptions().map((group) => (
          <optgroup key={group.kind} label={group.label}>
            {group.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
