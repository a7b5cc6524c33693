import { Fragment } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  OFFER_FIELDS,
  SECTION_TITLES,
  fieldApplies,
  offerField,
  sectionFields,
  type FieldSection,
  type OfferField,
} from '../../domain/fields/offer-fields';
import { currentJob } from '../../domain/document/current-job';
import { type Offer } from '../../domain/document/schema';
import { fieldHelp } from '../../domain/fields/offer-field-help';
import { TAX_PLACE_OPTIONS } from '../../domain/tax/places';
import { useLocale } from '../../lib/locale';
import { useDocument } from '../../store/document-context';
import { ExitScenariosField, SeriesField } from './exit-scenarios-field';
import { FormFold } from './form-fold';
import { FormSection } from './form-section';
import { HorizonNote } from './horizon-note';
import { Button } from '../../components/button';
import { UserText } from '../../components/isolated';
import {
  CheckboxField,
  CountField,
  MoneyField,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  type FieldName,
} from './form-fields';
import type { OfferFormInput } from './offer-form-schema';
import { currencyChanges, currencyOptions, previewOffer } from './offer-form-values';
import { PAY_READINGS, fieldWarning } from './pay-readings';
import { PayoutCurveChart } from './payout-curve';
import { RatingField } from './rating-field';
import { suggestTaxPlace } from './tax-place-suggestion';
import { VestingField } from './vesting-field';

/*
 * Every section of the offer form is drawn from the field registry: a new
 * registry entry appears in its section with its label, help and input kind,
 * and is hidden where it does not apply (another equity type's fields).
 */

interface Part {
  section: FieldSection;
  title?: string;
  description?: string;
  /** Only these of the section's fields (the rest sit in a fold). */
  only?: (path: string) => boolean;
}

/**
 * What a person has at hand first, from the offer letter: who, where, base,
 * bonus, tax place and equity. The rest of pay and the ratings are folded
 * ("More pay details", "Work and culture") and open on request, or by
 * themselves when one of their fields needs a fix.
 */
const ESSENTIAL_PAY = new Set([
  'compensation.baseSalary',
  'compensation.bonusAs',
  'compensation.bonusTargetPct',
  'compensation.bonusAmount',
  'compensation.bonusPayoutPct',
  'compensation.bonusPayoutLowPct',
  'compensation.bonusPayoutHighPct',
  'tax.place',
  'tax.effectiveRatePct',
]);
const PAY = "Amounts per year in the offer's currency.";
const ESSENTIALS: Part[] = [
  { section: 'basics' },
  { section: 'compensation', title: 'Pay', description: PAY, only: (p) => ESSENTIAL_PAY.has(p) },
  { section: 'equity' },
];
const MORE_PAY: Part[] = [
  { section: 'compensation', description: PAY, only: (p) => !ESSENTIAL_PAY.has(p) },
];
const RATED = 'Your judgement, from 1 to 5.';
const WORK_AND_CULTURE: Part[] = [
  { section: 'growth', description: RATED },
  { section: 'culture', description: RATED },
  { section: 'workLife' },
];
const pathsOf = (parts: Part[]) =>
  parts.flatMap(({ section, only }) =>
    sectionFields(section)
      .map((f) => f.path)
      .filter((p) => !only || only(p)),
  );
/** The fields inside each fold: one of their errors opens it. */
const MORE_PAY_PATHS = pathsOf(MORE_PAY);
const WORK_AND_CULTURE_PATHS = pathsOf(WORK_AND_CULTURE);

/** What browsers may fill in for a field. */
const AUTOCOMPLETE: Record<string, string> = {
  company: 'organization',
  role: 'organization-title',
};

export function OfferFormSections({ opened }: { opened: Offer }) {
  const values = useWatch<OfferFormInput>() as OfferFormInput;
  const locale = useLocale();
  const preview = previewOffer(values, opened, locale);
  const shown = OFFER_FIELDS.filter((field) => fieldApplies(field, preview)).map((f) => f.path);
  // Each part of pay says what it comes to, under the last of its fields on show.
  const readingAfter = new Map(
    PAY_READINGS.map((reading) => [
      reading.after.findLast((path) => shown.includes(path)),
      reading,
    ]),
  );
  const render = (parts: Part[]) =>
    parts.map(({ section, title, description, only }) => (
      <FormSection
        key={section}
        title={title ?? (only ? undefined : SECTION_TITLES[section])}
        description={description}
      >
        {section === 'equity' && values.compensation.equity.kind === 'none' && (
          <p className="equity-none field-hint">
            No equity in this offer. Pick RSU or Stock options to value a grant.
          </p>
        )}
        {sectionFields(section)
          .filter((field) => shown.includes(field.path) && (!only || only(field.path)))
          .map((field) => {
            const reading = readingAfter.get(field.path)?.text(preview, locale);
            return (
              <Fragment key={field.path}>
                <FieldInput field={field} opened={opened} preview={preview} />
                {reading && <p className="field-wide pay-reading">{reading}</p>}
                {field.path === EXITS && <HorizonNote offer={preview} />}
                {field.path === EXITS && <PayoutCurveChart offer={preview} />}
              </Fragment>
            );
          })}
      </FormSection>
    ));
  return (
    <>
      {render(ESSENTIALS)}
      <FormFold
        title="More pay details"
        hint="Raises, signing bonus, relocation, retirement, benefits, cost of living"
        paths={MORE_PAY_PATHS}
      >
        {render(MORE_PAY)}
      </FormFold>
      <FormFold
        title="Work and culture"
        hint="Your ratings of growth and culture; hours, time off, commute"
        paths={WORK_AND_CULTURE_PATHS}
      >
        {render(WORK_AND_CULTURE)}
      </FormFold>
    </>
  );
}

/** One registry field as the input its kind asks for. */
function FieldInput({
  field,
  opened,
  preview,
}: {
  field: OfferField;
  opened: Offer;
  preview: Offer;
}) {
  const locale = useLocale();
  const name = field.path as FieldName;
  const hint = fieldHelp(field, preview.current);
  const common = { name, label: field.label, hint };
  const warning = fieldWarning(field.path, preview, locale);
  switch (field.kind) {
    case 'money':
      return <MoneyField {...common} warning={warning} />;
    case 'count':
      return <CountField {...common} warning={warning} />;
    case 'percent':
    case 'number':
    case 'months':
      return <NumberField {...common} warning={warning} />;
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
      return <VestingField field={field} hint={hint} />;
    case 'exits':
      return <ExitScenariosField field={field} hint={hint} />;
    case 'series':
      return <SeriesField field={field} hint={hint} />;
    case 'choice':
      if (field.path === 'tax.place') return <TaxPlaceField {...common} preview={preview} />;
      return <SelectField {...common} options={field.options ?? []} />;
    case 'flag':
      return <CurrentJobField field={field} opened={opened} hint={hint} />;
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

const CLIFF = 'compensation.equity.cliffMonths' as const;
const EXITS = 'compensation.equity.private.exits';
const TAX_PLACE = 'tax.place' as const;

/**
 * "Tax place", with a place suggested from the location when it names one
 * (never chosen without the person), and what is not modelled for options.
 */
function TaxPlaceField({
  name,
  label,
  hint,
  preview,
}: {
  name: FieldName;
  label: string;
  hint?: string;
  preview: Offer;
}) {
  const { setValue } = useFormContext<OfferFormInput>();
  const place = useWatch<OfferFormInput, typeof TAX_PLACE>({ name: TAX_PLACE });
  const suggestion = place === '' ? suggestTaxPlace(preview.location) : null;
  return (
    <div className="tax-place-field">
      <SelectField
        name={name}
        label={label}
        hint={hint}
        options={[
          ...(offerField(TAX_PLACE)?.options ?? []),
          ...TAX_PLACE_OPTIONS,
          // A place from a file that Tradeoff does not know is shown as it is, never as empty.
          ...(place !== '' && !TAX_PLACE_OPTIONS.some((option) => option.value === place)
            ? [{ value: place, label: `${place} (no built-in rules: choose a place)` }]
            : []),
        ]}
      />
      {suggestion && (
        <p className="field-hint tax-suggestion">
          “<UserText>{preview.location}</UserText>” looks like {suggestion.label}.{' '}
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setValue(TAX_PLACE, suggestion.value, { shouldDirty: true })}
          >
            Use {suggestion.value}
          </Button>
        </p>
      )}
      {place !== '' && preview.compensation.equity.kind === 'options' && (
        <p className="field-hint">
          Options are taxed as if exercised and sold at vest; incentive stock options and the AMT
          are not modelled.
        </p>
      )}
    </div>
  );
}

/**
 * "This is my current job". Ticking it on a job whose cliff was left as it
 * came sets the cliff to 0 (the cliff of a job you have is behind you); when
 * another offer holds the mark, it asks whether to move it.
 */
function CurrentJobField({
  field,
  opened,
  hint,
}: {
  field: OfferField;
  opened: Offer;
  hint?: string;
}) {
  const offers = useDocument((document) => document.offers);
  const { setValue, getFieldState } = useFormContext<OfferFormInput>();
  const ticked = useWatch<OfferFormInput, 'current'>({ name: 'current' }) === 'true';
  const other = currentJob(offers.filter((offer) => offer.id !== opened.id));
  return (
    <CheckboxField
      name={field.path as FieldName}
      label={field.label}
      hint={hint}
      onChange={(checked) => {
        if (checked && !getFieldState(CLIFF).isDirty) setValue(CLIFF, '0');
      }}
    >
      {ticked && other && (
        <div className="callout current-job-move">
          <p>
            <strong>
              <UserText>{other.company}</UserText>
            </strong>{' '}
            is marked as your current job. Saving moves the mark to this one.
          </p>
          <Button size="sm" onClick={() => setValue(field.path as FieldName, 'false')}>
            Keep <UserText>{other.company}</UserText> as current
          </Button>
        </div>
      )}
    </CheckboxField>
  );
}

/** The offer's currency and, for a foreign one, the exchange rate it needs. */
function CurrencyFields({ field, openedCurrency }: { field: OfferField; openedCurrency: string }) {
  const settings = useDocument((document) => document.settings);
  const locale = useLocale();
  const { getValues, setValue } = useFormContext<OfferFormInput>();
  const currency = useWatch<OfferFormInput, 'currency'>({ name: 'currency' });
  const foreign = currency !== settings.currency;

  // A new currency brings its saved rate (or an empty field asking for one)
  // and re-labels the amounts already typed.
  const changeCurrency = (next: string) => {
    for (const [name, text] of currencyChanges(getValues(), next, settings, locale))
      setValue(name as FieldName, text);
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
