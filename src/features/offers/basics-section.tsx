import { useFormContext, useWatch } from 'react-hook-form';
import { OFFER_STATUSES } from '../../domain';
import { useDocument } from '../../store/document-context';
import { FormSection } from './form-section';
import { NumberField, SelectField, TextAreaField, TextField } from './form-fields';
import { formatMoneyText, parseMoneyText } from './number-text';
import type { OfferFormInput } from './offer-form-schema';
import { currencyOptions, rateText } from './offer-form-values';
import { STATUS_LABELS } from './status-labels';

const MONEY_FIELDS = [
  'compensation.baseSalary',
  'compensation.signingBonus',
  'compensation.relocation',
  'compensation.retirementMatchCap',
  'compensation.benefitsValue',
  'compensation.equity.grantValue',
  'compensation.equity.strikePrice',
  'compensation.equity.sharePrice',
  'compensation.equity.annualRefresher',
] as const;

export function BasicsSection({ openedCurrency }: { openedCurrency: string }) {
  const { settings } = useDocument();
  const { getValues, setValue } = useFormContext<OfferFormInput>();
  const currency = useWatch<OfferFormInput, 'currency'>({ name: 'currency' });
  const foreign = currency !== settings.currency;

  // A new currency brings its saved rate (or an empty field asking for one)
  // and re-labels the amounts already typed.
  const changeCurrency = (next: string) => {
    setValue('exchangeRate', rateText(next, settings));
    for (const name of MONEY_FIELDS) {
      const amount = parseMoneyText(getValues(name));
      if (amount.ok) setValue(name, formatMoneyText(amount.value, next));
    }
  };

  const hasSavedRate = Object.hasOwn(settings.exchangeRates, currency);
  return (
    <FormSection title="Basics">
      <TextField name="company" label="Company" autoComplete="organization" />
      <TextField name="role" label="Role" autoComplete="organization-title" />
      <TextField name="location" label="Location" hint="City, or Remote" />
      <SelectField
        name="currency"
        label="Currency"
        hint={foreign ? undefined : 'The currency of your comparisons'}
        options={currencyOptions(openedCurrency, settings.currency).map((code) => ({
          value: code,
          label: code,
        }))}
        onChange={changeCurrency}
      />
      {foreign && (
        <NumberField
          name="exchangeRate"
          label="Exchange rate"
          hint={
            hasSavedRate
              ? `${settings.currency} per 1 ${currency}, saved for all ${currency} offers`
              : `How many ${settings.currency} does 1 ${currency} buy? Needed to compare this offer`
          }
        />
      )}
      <SelectField
        name="status"
        label="Status"
        options={OFFER_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
      />
      <TextField name="deadline" label="Decision deadline" type="date" />
      <TextAreaField
        name="notes"
        label="Notes"
        hint="Anything worth remembering: perks, people, doubts"
      />
    </FormSection>
  );
}
