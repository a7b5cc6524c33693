import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { OfferField } from '../../domain/fields/offer-fields';
import { Button } from '../../components/button';
import { formatNumber } from '../../lib/format';
import { useLocale } from '../../lib/locale';
import { TextField, type FieldName } from './form-fields';
import type { OfferFormInput } from './offer-form-schema';
import { parseVestingText } from './offer-form-schema';
import { fieldText } from './offer-form-values';

const VESTING_PRESETS = [
  { label: '4-year even', schedule: [25, 25, 25, 25] },
  { label: '5/15/40/40', schedule: [5, 15, 40, 40] },
  { label: '40/30/20/10', schedule: [40, 30, 20, 10] },
  { label: '3-year even', schedule: [33.33, 33.33, 33.34] },
] as const;

/** "Adds up to 90 %" under the schedule while it is typed. */
function VestingTotal({ name }: { name: FieldName }) {
  const locale = useLocale();
  const text = useWatch<OfferFormInput>({ name }) as string;
  const schedule = parseVestingText(text, locale);
  if (!schedule || schedule.length === 0) return <>Yearly percentages, e.g. 25, 25, 25, 25</>;
  const total = schedule.reduce((sum, p) => sum + p, 0);
  const years = schedule.length === 1 ? '1 year' : `${schedule.length} years`;
  return (
    <>
      {years}, adding up to {formatNumber(total, 2)} %
    </>
  );
}

/** The schedule as one text input, with buttons for the common schedules. */
export function VestingField({ field, hint }: { field: OfferField; hint?: string }) {
  const presetsId = useId();
  const locale = useLocale();
  const { setValue } = useFormContext<OfferFormInput>();
  const name = field.path as FieldName;
  const label = field.label;
  const write = (schedule: readonly number[]) => fieldText(field, schedule, '', locale);
  return (
    <div className="field-wide vesting">
      <TextField
        name={name}
        label={label}
        hint={
          <>
            {hint && `${hint}. `}
            <VestingTotal name={name} />
          </>
        }
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
              setValue(name, write(preset.schedule), { shouldValidate: true, shouldDirty: true })
            }
          >
            {preset.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
