import { useEffectEvent, useLayoutEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { type Offer } from '../../domain/document/schema';
import { useLocale } from '../../lib/locale';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { useOfferEditor } from './editor-state';
import { OfferFormPaste } from './offer-form-paste';
import { OfferFormSections } from './offer-form-sections';
import { type OfferFormInput, type OfferFormOutput } from './offer-form-schema';
import { sameOfferValues, toFormValues } from './offer-form-values';
import { errorPaths } from './form-errors';
import { ChangedElsewhere, ErrorSummary, OfferFormFooter } from './offer-form-parts';
import { useCloseRequest, useOfferFormResolver, useSaveOfferForm } from './use-offer-form';
import './offer-form.css';

interface OfferFormProps {
  /** The offer as it was when the form opened (a fresh one for "New offer"). */
  opened: Offer;
  isNew: boolean;
  onDone: () => void;
  /** Hands the dialog what closing (Escape, ×) should do while this form is open. */
  onCloseRequest?: (request: (() => void) | null) => void;
}

type FieldPath = Parameters<ReturnType<typeof useForm<OfferFormInput>>['setFocus']>[0];

export function OfferForm({ opened, isNew, onDone, onCloseRequest }: OfferFormProps) {
  // The welcome's "Paste offer text" opens a new offer on it, and the focus starts in its text.
  const { target } = useOfferEditor();
  const [startWithPaste] = useState(target?.mode === 'new' && target.paste === true);
  const store = useDocumentStore();
  const document = useDocument();
  const { settings } = document;
  const locale = useLocale();
  /** The stored version the form's values started from; "Load the new values" moves it. */
  const [base, setBase] = useState(opened);
  const [openedValues, setOpenedValues] = useState(() => {
    const values = toFormValues(opened, settings, locale);
    // A new offer has no salary yet: an empty field asks for one instead of
    // quietly saving 0.
    if (isNew) values.compensation.baseSalary = '';
    return values;
  });

  const form = useForm<OfferFormInput, unknown, OfferFormOutput>({
    defaultValues: openedValues,
    resolver: useOfferFormResolver(openedValues, base, settings.currency, locale),
    // The first field to fix may sit in a fold that opens with the error: focused once drawn.
    shouldFocusError: false,
  });
  const { setFocus, reset } = form;
  const invalid = form.formState.isSubmitted ? errorPaths(form.formState.errors) : [];
  const focusPath = (path: string) => setFocus(path as FieldPath);
  // Once per attempt to save (not every time the first error changes while typing), after the
  // fold holding the field has opened.
  const { submitCount } = form.formState;
  const focusFirstInvalid = useEffectEvent(() => {
    if (invalid[0]) focusPath(invalid[0]);
  });
  useLayoutEffect(() => {
    if (submitCount > 0) focusFirstInvalid();
  }, [submitCount]);
  // The form starts on its first field: here when it arrives in a dialog already open (it loads
  // lazily), by the dialog's initialFocus when both are drawn at once. Pasting starts in the text.
  useLayoutEffect(() => {
    if (!startWithPaste) setFocus('company');
  }, [setFocus, startWithPaste]);

  // The same offer changed while the form was open (another tab, an import,
  // an Undo): say so, and let the person choose which values to keep.
  const stored = isNew ? undefined : document.offers.find((o) => o.id === opened.id);
  const [kept, setKept] = useState<Offer | null>(null);
  const loadNewValues = (offer: Offer) => {
    const values = toFormValues(offer, store.get().settings, locale);
    setBase(offer);
    setOpenedValues(values);
    reset(values);
  };

  const closing = useCloseRequest(form, openedValues, onDone, onCloseRequest);
  const save = useSaveOfferForm({ opened, isNew, base, openedValues, form, onDone });

  return (
    <FormProvider {...form}>
      <form className="offer-form" noValidate onSubmit={form.handleSubmit(save)}>
        {!isNew && (
          <ChangedElsewhere
            base={base}
            stored={stored}
            changed={stored !== undefined && stored !== kept && !sameOfferValues(stored, base)}
            onLoad={loadNewValues}
            onKeep={setKept}
          />
        )}
        <ErrorSummary paths={invalid} onFocus={focusPath} />
        <OfferFormPaste />
        <div className="offer-form-sections">
          <OfferFormSections opened={base} />
        </div>
        <OfferFormFooter
          errorCount={invalid.length}
          confirmingClose={closing.confirmingClose}
          keepEditingRef={closing.keepEditingRef}
          onKeepEditing={closing.keepEditing}
          onCancel={closing.requestClose}
          onDiscard={onDone}
        />
      </form>
    </FormProvider>
  );
}
