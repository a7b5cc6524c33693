import { useId } from 'react';
import {
  CRITERIA,
  weightSchema,
  type CriterionWeights,
  type RatedFactor,
} from '../../domain/document/schema';
import { CRITERION_LABELS } from '../../domain/fields/choices';
import { FACTOR_LABELS } from '../../components/palette';
import { formatPercent } from '../../lib/format';
import { useLocale } from '../../lib/locale';
import { formatNumberInput } from '../../lib/number-reader';
import { readChecked } from '../../lib/read-checked';
import { useNumberDraft } from './use-number-draft';

const RATED_FACTORS = Object.keys(CRITERIA) as RatedFactor[];

interface CriterionWeightsProps {
  weights: CriterionWeights;
  onChange: (factor: RatedFactor, criterion: string, value: number) => void;
}

/** Number fields for the criteria inside growth, culture and work-life balance. */
export function CriterionWeightsFields({ weights, onChange }: CriterionWeightsProps) {
  return (
    <div className="criterion-groups">
      {RATED_FACTORS.map((factor) => (
        <CriterionGroup
          key={factor}
          factor={factor}
          values={weights[factor] as Record<string, number>}
          onChange={onChange}
        />
      ))}
    </div>
  );
}

function CriterionGroup({
  factor,
  values,
  onChange,
}: {
  factor: RatedFactor;
  values: Record<string, number>;
  onChange: CriterionWeightsProps['onChange'];
}) {
  const criteria = CRITERIA[factor] as readonly string[];
  const sum = criteria.reduce((total, c) => total + (values[c] ?? 0), 0);
  return (
    <fieldset className="criterion-group">
      <legend className="field-label">{FACTOR_LABELS[factor]}</legend>
      {sum === 0 && (
        <p className="field-error">
          All {FACTOR_LABELS[factor].toLowerCase()} weights are 0, so this factor scores 0.
        </p>
      )}
      {criteria.map((criterion) => (
        <CriterionInput
          key={criterion}
          label={`${CRITERION_LABELS[criterion] ?? criterion} weight`}
          value={values[criterion] ?? 0}
          share={sum === 0 ? 0 : ((values[criterion] ?? 0) / sum) * 100}
          onChange={(value) => onChange(factor, criterion, value)}
        />
      ))}
    </fieldset>
  );
}

/** 0–100, read as the offer form reads numbers; what does not fit stays in the field with a message. */
export const readCriterionWeight = (text: string, locale?: string) =>
  readChecked(text, { kind: 'number', schema: weightSchema(), subject: 'A weight', locale });

function CriterionInput({
  label,
  value,
  share,
  onChange,
}: {
  label: string;
  value: number;
  share: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const locale = useLocale();
  const { reading, input } = useNumberDraft(
    value,
    (text) => readCriterionWeight(text, locale),
    (stored) => formatNumberInput(stored ?? 0, locale),
    onChange,
  );
  const error = reading.ok ? null : reading.message;
  return (
    <div className="criterion-row">
      <label htmlFor={id} className="small">
        {label}
      </label>
      <input
        id={id}
        className="criterion-input num"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      <span className="criterion-share small num muted" aria-hidden="true">
        {formatPercent(share)}
      </span>
      {error && (
        <p id={`${id}-error`} className="field-error criterion-error">
          {error}
        </p>
      )}
    </div>
  );
}
