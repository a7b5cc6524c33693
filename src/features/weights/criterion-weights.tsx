import { useId, useState } from 'react';
import { CRITERIA, type CriterionWeights, type RatedFactor } from '../../domain';
import { FACTOR_LABELS } from '../../components/palette';
import { formatPercent } from '../../lib/format';

export const CRITERION_LABELS: Record<string, string> = {
  learning: 'Learning',
  careerProgression: 'Career progression',
  mentorship: 'Mentorship',
  companyOutlook: 'Company outlook',
  manager: 'Manager',
  team: 'Team',
  values: 'Values',
  hours: 'Hours',
  timeOff: 'Time off',
  commute: 'Commute',
  flexibility: 'Flexibility',
};

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

/** 0–100, any number; what does not fit stays in the field with a message and is not saved. */
export const parseCriterionWeight = (text: string): number | null => {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 0 && value <= 100 ? value : null;
};

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
  const [draft, setDraft] = useState({ text: String(value), basedOn: value });
  // Changed elsewhere (a reset, another tab): show the stored value.
  if (draft.basedOn !== value && parseCriterionWeight(draft.text) !== value) {
    setDraft({ text: String(value), basedOn: value });
  }
  const invalid = parseCriterionWeight(draft.text) === null;
  return (
    <div className="criterion-row">
      <label htmlFor={id} className="small">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step={1}
        className="criterion-input num"
        value={draft.text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const next = parseCriterionWeight(text);
          setDraft({ text, basedOn: next ?? value });
          if (next !== null) onChange(next);
        }}
      />
      <span className="criterion-share small num muted" aria-hidden="true">
        {formatPercent(share)}
      </span>
      {invalid && (
        <p id={`${id}-error`} className="field-error criterion-error">
          Enter a number from 0 to 100.
        </p>
      )}
    </div>
  );
}
