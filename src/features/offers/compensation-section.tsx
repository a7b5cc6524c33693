import { FormSection } from './form-section';
import { MoneyField, NumberField } from './form-fields';

export function CompensationSection() {
  return (
    <FormSection title="Compensation" description="Amounts per year in the offer's currency.">
      <MoneyField name="compensation.baseSalary" label="Base salary" hint="Before tax" />
      <NumberField
        name="compensation.annualRaisePct"
        label="Annual raise (%)"
        hint="Expected raise each year"
      />
      <NumberField
        name="compensation.bonusTargetPct"
        label="Bonus target (%)"
        hint="Of base salary"
      />
      <MoneyField
        name="compensation.signingBonus"
        label="Signing bonus"
        hint="Paid once, in year 1"
      />
      <NumberField
        name="compensation.signingBonusClawbackMonths"
        label="Clawback period (months)"
        hint="Repay the signing bonus if you leave sooner; 0 for none"
      />
      <MoneyField name="compensation.relocation" label="Relocation" hint="Paid once, in year 1" />
      <NumberField
        name="compensation.retirementMatchPct"
        label="Retirement match (%)"
        hint="Of base salary"
      />
      <MoneyField
        name="compensation.retirementMatchCap"
        label="Retirement match cap"
        hint="Most the match pays in a year; empty for no cap"
      />
      <MoneyField
        name="compensation.benefitsValue"
        label="Benefits value (per year)"
        hint="Health, meals, stipends, …"
      />
      <NumberField
        name="compensation.costOfLivingIndex"
        label="Cost of living index"
        hint="100 = your reference city; 120 = 20 % pricier, so pay counts for less"
      />
    </FormSection>
  );
}
