import { useId } from 'react';
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

/** Sliders for the criteria inside growth, culture and work-life balance. */
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
        <CriterionSlider
          key={criterion}
          label={`${CRITERION_LABELS[criterion] ?? criterion} weight`}
          group={FACTOR_LABELS[factor]}
          value={values[criterion] ?? 0}
          share={sum === 0 ? 0 : ((values[criterion] ?? 0) / sum) * 100}
          onChange={(value) => onChange(factor, criterion, value)}
        />
      ))}
    </fieldset>
  );
}

function CriterionSlider({
  label,
  group,
  value,
  share,
  onChange,
}: {
  label: string;
  group: string;
  value: number;
  share: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="criterion-row">
      <label htmlFor={id} className="small">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value}
        aria-valuetext={`${value} (${formatPercent(share)} of ${group})`}
        onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
      />
      <span className="criterion-share small num muted" aria-hidden="true">
        {formatPercent(share)}
      </span>
    </div>
  );
}
