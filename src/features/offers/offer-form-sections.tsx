import { useFormContext, useWatch } from 'react-hook-form';
import {
  OFFER_FIELDS,
  SECTION_TITLES,
  sectionFields,
  type FieldSection,
  type Offer,
  type OfferField,
} from '../../domain';
import { useLocale } from '../../lib/locale';
import { formatMoneyInput, readNumber } from '../../lib/number-reader';
import { useDocument } from '../../store/document-context';
import { FormSection } from './form-section';
import {
  CountField,
  MoneyField,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  type FieldName,
} from './form-fields';
import type { OfferFormInput } from './offer-form-schema';
import { currencyOptions, rateText, shownFields } from './offer-form-values';
import { RatingField } from './rating-field';
import { VestingField } from './vesting-field';

/*
 * Every section of the offer form is drawn from the field registry: a new
 * registry entry appears in its section with its label, help and input kind,
 * and is hidden where it does not apply (another equity type's fields).
 */

const SECTIONS: { section: FieldSection; description?: string }[] = [
  { section: 'basics' },
  { section: 'compensation', description: "Amounts per year in the offer's currency." },
  { section: 'equity' },
  { section: 'growth', description: 'Your judgement, from 1 to 5.' },
  { section: 'culture', description: 'Your judgement, from 1 to 5.' },
  { section: 'workLife' },
];

/** What browsers may fill in for a field. */
const AUTOCOMPLETE: Record<string, string> = {
  company: 'organization',
  role: 'organization-title',
};

export function OfferFormSections({ opened }: { opened: Offer }) {
  const values = useWatch<OfferFormInput>() as OfferFormInput;
  const locale = useLocale();
  const shown = shownFields(values, opened, locale);
  return (
    <>
      {SECTIONS.map(({ section, description }) => (
        <FormSection key={section} title={SECTION_TITLES[section]} description={description}>
          {section === 'equity' && values.compensation.equity.kind === 'none' && (
            <p className="equity-none field-hint">
              No equity in this offer. Pick RSU or Stock options to value a grant.
            </p>
          )}
          {sectionFields(section)
            .filter((field) => shown.has(field.path))
            .map((field) => (
              <FieldInput key={field.path} field={field} opened={opened} />
            ))}
        </FormSection>
      ))}
    </>
  );
}

/** One registry field as the input its kind asks for. */
function FieldInput({ field, opened }: { field: OfferField; opened: Offer }) {
  const name = field.path as FieldName;
  const common = { name, label: field.label, hint: field.help };
  switch (field.kind) {
    case 'money':
      return <MoneyField {...common} />;
    case 'count':
      return <CountField {...common} />;
    case 'percent':
    case 'number':
    case 'months':
      return <NumberField {...common} />;
    case 'rating':
      return (
        <RatingField
          name={name}
          label={field.label}
          low={field.scale?.low ?? 'poor'}
          high={field.scale?.high ?? 'excellent'}
        />
      );
    case 'schedule':
      return <VestingField field={field} />;
    case 'choice':
      return <SelectField {...common} options={field.options ?? []} />;
    case 'currency':
      return <CurrencyFields field={field} openedCurrency={opened.currency} />;
    case 'longText':
      return <TextAreaField {...common} />;
    case 'date':
      return <TextField {...common} type="date" />;
    default:
      return <TextField {...common} autoComplete={AUTOCOMPLETE[field.path]} />;
  }
}

/** The offer's currency and, for a foreign one, the exchange rate it needs. */
function CurrencyFields({ field, openedCurrency }: { field: OfferField; openedCurrency: string }) {
  const { settings } = useDocument();
  const locale = useLocale();
  const { getValues, setValue } = useFormContext<OfferFormInput>();
  const currency = useWatch<OfferFormInput, 'currency'>({ name: 'currency' });
  const foreign = currency !== settings.currency;

  // A new currency brings its saved rate (or an empty field asking for one)
  // and re-labels the amounts already typed.
  const changeCurrency = (next: string) => {
    setValue('exchangeRate', rateText(next, settings, locale));
    for (const money of OFFER_FIELDS.filter((f) => f.kind === 'money')) {
      const name = money.path as FieldName;
      const amount = readNumber(getValues(name), 'amount', locale);
      if (amount.ok) setValue(name, formatMoneyInput(amount.value, next, locale));
    }
  };

  const hasSavedRate = Object.hasOwn(settings.exchangeRates, currency);
  return (
    <>
      <SelectField
        name="currency"
        label={field.label}
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
    </>
  );
}
