import { zodResolver } from '@hookform/resolvers/zod';
import {
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { OFFER_FIELDS, offerField } from '../../domain/fields/offer-fields';
import { sameValue } from '../../domain/history/revert';
import { type Offer } from '../../domain/document/schema';
import { Button } from '../../components/button';
import { useLocale } from '../../lib/locale';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { useAppState, useNotify } from '../../store/app-context';
import { selectScores } from '../../store/scores';
import { canAddOffer, saveOffer } from './offer-actions';
import { useOfferEditor } from './editor-state';
import { OfferFormPaste } from './offer-form-paste';
import { reorderNote } from './reorder-note';
import { OfferFormSections } from './offer-form-sections';
import { offerFormSchemaFor, type OfferFormInput, type OfferFormOutput } from './offer-form-schema';
import {
  applicableValues,
  mergeEdits,
  sameOfferValues,
  toFormValues,
  toOffer,
} from './offer-form-values';
import { UserText } from '../../components/isolated';
import { isolate } from '../../lib/isolate';
import './offer-form.css';

/** The paths of the fields with an error, in the order the form shows them. */
const errorPaths = (errors: FieldErrors): string[] => {
  const found = new Set<string>();
  const walk = (node: FieldErrors, prefix: string) => {
    for (const [key, error] of Object.entries(node)) {
      if (!error || typeof error !== 'object') continue;
      const path = prefix ? `${prefix}.${key}` : key;
      if ('message' in error && error.message) found.add(path);
      else walk(error as FieldErrors, path);
    }
  };
  walk(errors, '');
  const order = [...OFFER_FIELDS.map((f) => f.path), 'exchangeRate'];
  return [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b));
};

const fieldLabel = (path: string) =>
  path === 'exchangeRate' ? 'Exchange rate' : (offerField(path)?.label ?? path);

interface OfferFormProps {
  /** The offer as it was when the form opened (a fresh one for "New offer"). */
  opened: Offer;
  isNew: boolean;
  onDone: () => void;
  /** Hands the dialog what closing (Escape, ×) should do while this form is open. */
  onCloseRequest?: (request: (() => void) | null) => void;
}

export function OfferForm({ opened, isNew, onDone, onCloseRequest }: OfferFormProps) {
  // The welcome's "Paste offer text" opens a new offer on it, and the focus starts in its text.
  const { target } = useOfferEditor();
  const [startWithPaste] = useState(target?.mode === 'new' && target.paste === true);
  const store = useDocumentStore();
  const { taxRules } = useAppState();
  const notify = useNotify();
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
  const displayCurrency = settings.currency;

  // Fields the form hides are checked with the values they were opened with,
  // so a stray entry in a hidden equity field never blocks saving.
  const resolver = useMemo<Resolver<OfferFormInput, unknown, OfferFormOutput>>(() => {
    const check = zodResolver(offerFormSchemaFor(locale));
    return (values, context, options) =>
      check(
        applicableValues(values, openedValues, base, displayCurrency, locale),
        context,
        options,
      );
  }, [openedValues, base, displayCurrency, locale]);

  const form = useForm<OfferFormInput, unknown, OfferFormOutput>({
    defaultValues: openedValues,
    resolver,
    // The first field to fix may sit in a fold that opens with the error: focused once drawn.
    shouldFocusError: false,
  });
  const { setFocus, reset } = form;
  const discardId = useId();
  const invalid = form.formState.isSubmitted ? errorPaths(form.formState.errors) : [];
  const errorCount = invalid.length;
  const summaryId = useId();
  // Once per attempt to save (not every time the first error changes while typing), after the
  // fold holding the field has opened.
  const { submitCount } = form.formState;
  const focusFirstInvalid = useEffectEvent(() => {
    if (invalid[0]) setFocus(invalid[0] as Parameters<typeof setFocus>[0]);
  });
  useLayoutEffect(() => {
    if (submitCount > 0) focusFirstInvalid();
  }, [submitCount]);

  // The same offer changed while the form was open (another tab, an import,
  // an Undo): say so, and let the person choose which values to keep.
  const stored = isNew ? undefined : document.offers.find((o) => o.id === opened.id);
  const [kept, setKept] = useState<Offer | null>(null);
  const changedElsewhere =
    stored !== undefined && stored !== kept && !sameOfferValues(stored, base);

  // The form starts on its first field: here when it arrives in a dialog already open (it loads
  // lazily), by the dialog's initialFocus when both are drawn at once. Pasting starts in the text.
  useLayoutEffect(() => {
    if (!startWithPaste) setFocus('company');
  }, [setFocus, startWithPaste]);

  // Closing a changed form (Cancel, Escape, ×) asks before the changes are dropped.
  const [confirmingClose, setConfirmingClose] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const requestClose = () => {
    if (sameValue(form.getValues(), openedValues)) onDone();
    else setConfirmingClose(true);
  };
  // The dialog asks the newest requestClose (it reads this render's values).
  useEffect(() => {
    onCloseRequest?.(requestClose);
  });
  useEffect(() => () => onCloseRequest?.(null), [onCloseRequest]);
  useEffect(() => {
    if (confirmingClose) keepEditing.current?.focus();
  }, [confirmingClose]);

  const loadNewValues = (offer: Offer) => {
    const values = toFormValues(offer, store.getDocument().settings, locale);
    setBase(offer);
    setOpenedValues(values);
    reset(values);
  };

  const save = (output: OfferFormOutput) => {
    const now = new Date().toISOString();
    const current = store.getDocument();
    if (isNew && !canAddOffer(current)) {
      notify({ message: 'This list is full: delete an offer to add another.', tone: 'error' });
      return;
    }
    // The rate is a setting of every offer in that currency: written only when
    // this form set it, so a rate changed elsewhere is not put back.
    const rateChanged =
      output.currency !== current.settings.currency &&
      (form.getValues('exchangeRate') !== openedValues.exchangeRate ||
        output.currency !== base.currency ||
        !Object.hasOwn(current.settings.exchangeRates, output.currency));
    const rate = rateChanged ? { currency: output.currency, rate: output.exchangeRate } : null;
    let saved = opened;
    const rankedBefore = selectScores(current, taxRules.get().rules).ranked;
    store.update((doc) => {
      const newest = doc.offers.find((o) => o.id === opened.id);
      saved = isNew
        ? toOffer(output, { ...opened, createdAt: now }, now)
        : newest
          ? mergeEdits(newest, output, base, now)
          : toOffer(output, base, now);
      return saveOffer(doc, saved, rate);
    });
    const note = reorderNote(
      rankedBefore,
      selectScores(store.getDocument(), taxRules.get().rules).ranked,
      saved.id,
    );
    notify({
      message: note
        ? `Saved ${isolate(saved.company)}. ${note}`
        : `Saved ${isolate(saved.company)}`,
      tone: 'success',
    });
    onDone();
  };

  return (
    <FormProvider {...form}>
      <form className="offer-form" noValidate onSubmit={form.handleSubmit(save)}>
        {!isNew && stored === undefined && (
          <p className="callout callout-warning" role="alert">
            <strong>
              <UserText>{base.company}</UserText>
            </strong>{' '}
            was deleted while you were editing it (in another tab or by an import). Saving adds it
            back with what this form holds.
          </p>
        )}
        {changedElsewhere && stored && (
          <div className="callout callout-warning offer-form-conflict" role="alert">
            <p>
              <strong>
                <UserText>{stored.company}</UserText>
              </strong>{' '}
              was changed while you were editing it (in another tab, by an import or by Undo).
              Saving writes only the fields you changed here.
            </p>
            <div className="button-row">
              <Button size="sm" onClick={() => loadNewValues(stored)}>
                Load the new values
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setKept(stored)}>
                Keep mine
              </Button>
            </div>
          </div>
        )}
        {errorCount > 0 && (
          <div
            className="callout callout-danger offer-form-errors"
            role="group"
            aria-labelledby={summaryId}
          >
            <p id={summaryId}>
              <strong>
                {errorCount === 1 ? '1 field needs a fix:' : `${errorCount} fields need a fix:`}
              </strong>
            </p>
            <ul>
              {invalid.map((path) => (
                <li key={path}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => form.setFocus(path as Parameters<typeof form.setFocus>[0])}
                  >
                    {fieldLabel(path)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <OfferFormPaste />
        <div className="offer-form-sections">
          <OfferFormSections opened={base} />
        </div>
        <footer className="offer-form-footer">
          <p className="offer-form-summary">
            {errorCount > 0 &&
              (errorCount === 1 ? '1 field needs a fix' : `${errorCount} fields need a fix`)}
          </p>
          {confirmingClose ? (
            <div className="button-row offer-form-discard" role="group" aria-labelledby={discardId}>
              <strong id={discardId}>Discard your changes?</strong>
              <Button ref={keepEditing} onClick={() => setConfirmingClose(false)}>
                Keep editing
              </Button>
              <Button variant="danger" onClick={onDone}>
                Discard changes
              </Button>
            </div>
          ) : (
            <div className="button-row">
              <Button onClick={requestClose}>Cancel</Button>
              <Button type="submit" variant="primary">
                Save offer
              </Button>
            </div>
          )}
        </footer>
      </form>
    </FormProvider>
  );
}
