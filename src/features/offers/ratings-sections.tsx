import { FormSection } from './form-section';
import { NumberField } from './form-fields';
import { RatingField } from './rating-field';

export function GrowthSection() {
  return (
    <FormSection title="Growth" description="Your judgement, from 1 to 5.">
      <RatingField
        name="growth.learning"
        label="Learning"
        low="little new to learn"
        high="you learn every week"
      />
      <RatingField
        name="growth.careerProgression"
        label="Career progression"
        low="no clear path up"
        high="a clear, quick path up"
      />
      <RatingField
        name="growth.mentorship"
        label="Mentorship"
        low="you are on your own"
        high="strong mentors around you"
      />
      <RatingField
        name="growth.companyOutlook"
        label="Company outlook"
        low="shaky future"
        high="thriving and growing"
      />
    </FormSection>
  );
}

export function CultureSection() {
  return (
    <FormSection title="Culture" description="Your judgement, from 1 to 5.">
      <RatingField
        name="culture.manager"
        label="Manager"
        low="warning signs"
        high="someone you would follow"
      />
      <RatingField
        name="culture.team"
        label="Team"
        low="a poor fit"
        high="people you want to work with"
      />
      <RatingField name="culture.values" label="Values" low="clash with yours" high="match yours" />
    </FormSection>
  );
}

export function WorkLifeSection() {
  return (
    <FormSection title="Work-life balance">
      <NumberField
        name="workLife.hoursPerWeek"
        label="Hours per week"
        hint="35 or fewer scores best, 65 or more scores 0"
      />
      <NumberField
        name="workLife.ptoDays"
        label="Paid time off (days)"
        hint="Per year; 35 or more scores best"
      />
      <NumberField
        name="workLife.officeDaysPerWeek"
        label="Office days per week"
        hint="0 if remote"
      />
      <NumberField
        name="workLife.commuteMinutes"
        label="Commute (minutes, one way)"
        hint="Counted on office days"
      />
      <RatingField
        name="workLife.flexibility"
        label="Flexibility"
        low="fixed hours and place"
        high="work when and where you like"
      />
    </FormSection>
  );
}
