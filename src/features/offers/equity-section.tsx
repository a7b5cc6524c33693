import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { EquityKind } from '../../domain';
import { Button } from '../../components/button';
import { FormSection } from './form-section';
import { MoneyField, NumberField, SelectField, TextField } from './form-fields';
import { formatNumber } from '../../lib/format';
import { parseMoneyText } from './number-text';
import type { OfferFormInput } from './offer-form-schema';
import { parseVestingText } from './offer-form-schema';

const KIND_OPTIONS: { value: EquityKind; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'rsu', label: 'RSU' },
  { value: 'options', label: 'Stock options' },
];

export const VESTING_PRESETS = [
  { label: '4-year even', schedule: '25, 25, 25, 25' },
  { label: '5/15/40/40', schedule: '5, 15, 40, 40' },
  { label: '40/30/20/10', schedule: '40, 30, 20, 10' },
  { label: '3-year even', schedule: '33.33, 33.33, 33.34' },
] as const;

/** "Adds up to 90 %" under the schedule while it is typed. */
function VestingTotal() {
  const text = useWatch<OfferFormInput, 'compensation.equity.vestingSchedule'>({
    name: 'compensation.equity.vestingSchedule',
  });
  const schedule = parseVestingText(text);
  if (!schedule || schedule.length === 0) return <>Yearly percentages, e.g. 25, 25, 25, 25</>;
  const total = schedule.reduce((sum, p) => sum + p, 0);
  const years = schedule.length === 1 ? '1 year' : `${schedule.length} years`;
  return (
    <>
      {years}, adding up to {formatNumber(total, 2)} %
    </>
  );
}

function VestingField() {
  const presetsId = useId();
  const { setValue } = useFormContext<OfferFormInput>();
  return (
    <div className="field-wide vesting">
      <TextField
        name="compensation.equity.vestingSchedule"
        label="Vesting schedule (%)"
        hint={<VestingTotal />}
      />
      <div className="vesting-presets" role="group" aria-labelledby={presetsId}>
        <span id={presetsId} className="field-label">
          Vesting presets
        </span>
        {VESTING_PRESETS.map((preset) => (
          <Button
            key={preset.label}
            size="sm"
            variant="ghost"
            onClick={() =>
              setValue('compensation.equity.vestingSchedule', preset.schedule, {
                shouldValidate: true,
                shouldDirty: true,
              })
            }
          >
            {preset.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

const tidyCount = (text: string) => {
  const count = parseMoneyText(text);
  return count.ok ? formatNumber(count.value, 4) : null;
};

export function EquitySection() {
  const kind = useWatch<OfferFormInput, 'compensation.equity.kind'>({
    name: 'compensation.equity.kind',
  });
  return (
    <FormSection title="Equity">
      <SelectField name="compensation.equity.kind" label="Equity type" options={KIND_OPTIONS} />
      {kind === 'none' && (
        <p className="equity-none field-hint">
          No equity in this offer. Pick RSU or Stock options to value a grant.
        </p>
      )}
      {kind === 'rsu' && (
        <MoneyField
          name="compensation.equity.grantValue"
          label="Grant value"
          hint="The whole grant at today's price"
        />
      )}
      {kind === 'options' && (
        <>
          <TextField name="compensation.equity.shares" label="Number of options" tidy={tidyCount} />
          <MoneyField
            name="compensation.equity.strikePrice"
            label="Strike price"
            hint="What you pay per share"
          />
          <MoneyField
            name="compensation.equity.sharePrice"
            label="Share price"
            hint="What a share is worth today"
          />
        </>
      )}
      {kind !== 'none' && (
        <>
          <VestingField />
          <NumberField
            name="compensation.equity.cliffMonths"
            label="Cliff (months)"
            hint="Nothing vests before it; 0 for none"
          />
          <MoneyField
            name="compensation.equity.annualRefresher"
            label="Annual refresher"
            hint="Value of the new grant each year"
          />
          <NumberField
            name="compensation.equity.expectedGrowthPct"
            label="Expected stock growth (%)"
            hint="Per year; may be negative"
          />
          <NumberField
            name="compensation.equity.riskDiscountPct"
            label="Equity risk discount (%)"
            hint="How much to knock off for risk; 0 takes it at face value"
          />
        </>
      )}
    </FormSection>
  );
}
