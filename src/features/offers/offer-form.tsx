import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { Offer } from '../../domain';
import { Button } from '../../components/button';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { notify } from '../../store/notices';
import { BasicsSection } from './basics-section';
import { CompensationSection } from './compensation-section';
import { EquitySection } from './equity-section';
import { canAddOffer, saveOffer } from './offer-actions';
import { offerFormSchema, type OfferFormInput, type OfferFormOutput } from './offer-form-schema';
import { applicableValues, toFormValues, toOffer } from './offer-form-values';
import { CultureSection, GrowthSection, WorkLifeSection } from './ratings-sections';
import './offer-form.css';

const countErrors = (errors: FieldErrors): number =>
  Object.values(errors).reduce<number>((sum, error) => {
    if (!error || typeof error !== 'object') return sum;
    return sum + ('message' in error && error.message ? 1 : countErrors(error as FieldErrors));
  }, 0);

interface OfferFormProps {
  /** The offer as it was when the form opened (a fresh one for "New offer"). */
  opened: Offer;
  isNew: boolean;
  onDone: () => void;
}

export function OfferForm({ opened, isNew, onDone }: OfferFormProps) {
  const store = useDocumentStore();
  const { settings } = useDocument();
  const [openedValues] = useState(() => {
    const values = toFormValues(opened, settings);
    // A new offer has no salary yet: an empty field asks for one instead of
    // quietly saving 0.
    if (isNew) values.compensation.baseSalary = '';
    return values;
  });
  const displayCurrency = settings.currency;

  // Fields the form hides are checked with the values they were opened with,
  // so a stray entry in a hidden equity field never blocks saving.
  const resolver = useMemo<Resolver<OfferFormInput, unknown, OfferFormOutput>>(() => {
    const check = zodResolver(offerFormSchema);
    return (values, context, options) =>
      check(applicableValues(values, openedValues, displayCurrency), context, options);
  }, [openedValues, displayCurrency]);

  const form = useForm<OfferFormInput, unknown, OfferFormOutput>({
    defaultValues: openedValues,
    resolver,
  });
  const { setFocus } = form;
  const errorCount = form.formState.isSubmitted ? countErrors(form.formState.errors) : 0;

  useEffect(() => {
    // After the dialog has opened (and put focus on its first button).
    const timer = setTimeout(() => setFocus('company'));
    return () => clearTimeout(timer);
  }, [setFocus]);

  const save = (output: OfferFormOutput) => {
    const now = new Date().toISOString();
    const offer = toOffer(output, isNew ? { ...opened, createdAt: now } : opened, now);
    const current = store.getDocument();
    if (isNew && !canAddOffer(current)) {
      notify({ message: 'This list is full: delete an offer to add another.', tone: 'error' });
      return;
    }
    const rate =
      output.currency === current.settings.currency
        ? null
        : { currency: output.currency, rate: output.exchangeRate };
    store.update((document) => saveOffer(document, offer, rate));
    notify({ message: `Saved ${offer.company}`, tone: 'success' });
    onDone();
  };

  return (
    <FormProvider {...form}>
      <form className="offer-form" noValidate onSubmit={form.handleSubmit(save)}>
        <div className="offer-form-sections">
          <BasicsSection openedCurrency={opened.currency} />
          <CompensationSection />
          <EquitySection />
          <GrowthSection />
          <CultureSection />
          <WorkLifeSection />
        </div>
        <footer className="offer-form-footer">
          <p className="offer-form-summary">
            {errorCount > 0 &&
              (errorCount === 1 ? '1 field needs a fix' : `${errorCount} fields need a fix`)}
          </p>
          <div className="button-row">
            <Button onClick={onDone}>Cancel</Button>
            <Button type="submit" variant="primary">
              Save offer
            </Button>
          </div>
        </footer>
      </form>
    </FormProvider>
  );
}
