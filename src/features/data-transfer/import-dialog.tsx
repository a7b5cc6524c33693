import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { twinsOf, type TwinChoice } from '../../domain/history/merge';
import { type Offer } from '../../domain/document/schema';
import { type ParseError } from '../../domain/document/parse';
import { UserText } from '../../components/isolated';
import { readDocumentFile } from '../../storage/document-text';
import { useDocumentStore } from '../../store/document-context';
import { useNotify } from '../../store/app-context';
import { ErrorList, WarningList } from './error-list';
import {
  applyImport,
  describeOffers,
  replaceNeedsConfirmation,
  type ImportCandidate,
  type ImportMode,
} from './import-actions';
import { ReplaceConfirmation } from './replace-confirmation';

/** The dialog's heading, which names it, at each step (idle: the dialog is closed). */
const STEP_WORDS: Record<Step['kind'], { title: string }> = {
  idle: { title: 'Import offers' },
  choose: { title: 'Import offers' },
  errors: { title: 'This file cannot be imported' },
  confirm: { title: 'Replace your offers?' },
  twins: { title: 'Offers you have already?' },
};

type Step =
  | { kind: 'idle' }
  | { kind: 'errors'; fileName: string; errors: ParseError[] }
  | { kind: 'choose' | 'confirm'; fileName: string; candidate: ImportCandidate }
  | { kind: 'twins'; fileName: string; candidate: ImportCandidate; twins: Offer[] };

const problems = (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'}`;

/**
 * What follows the choice of a file: it is read and checked, then the dialog
 * shows what it holds and asks how to import it (or why it cannot be).
 * Loaded only once a file is chosen.
 */
export function ImportDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const store = useDocumentStore();
  const notify = useNotify();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const close = () => {
    setStep({ kind: 'idle' });
    onClose();
  };

  // Each dialog reads the one file it was opened for, once.
  useEffect(() => {
    let current = true;
    void readDocumentFile(file).then((reading) => {
      if (!current) return;
      if (reading.ok) {
        setStep({ kind: 'choose', fileName: file.name, candidate: reading });
        return;
      }
      setStep({ kind: 'errors', fileName: file.name, errors: reading.errors });
      notify({
        message: `${file.name} was not imported: ${problems(reading.errors.length)}. Nothing was changed.`,
        tone: 'error',
      });
    });
    return () => {
      current = false;
    };
  }, [file, notify]);

  const run = (candidate: ImportCandidate, mode: ImportMode, twins?: TwinChoice) => {
    if (applyImport({ store, notify }, candidate, mode, undefined, twins)) close();
  };

  return (
    <Dialog open={step.kind !== 'idle'} onClose={close} title={STEP_WORDS[step.kind].title}>
      {step.kind === 'errors' && (
        <div className="import-step">
          <p role="alert">
            <strong>{step.fileName}</strong> was not imported: {problems(step.errors.length)}.
            Nothing was changed.
          </p>
          <ErrorList errors={step.errors} label="Problems in the file" />
          <div className="button-row dialog-actions">
            <Button variant="primary" onClick={close}>
              OK
            </Button>
          </div>
        </div>
      )}
      {step.kind === 'choose' && (
        <div className="import-step">
          <p>
            <strong>{step.fileName}</strong> holds {describeOffers(step.candidate.document)}.
          </p>
          {step.candidate.warnings.length > 0 && (
            <div className="callout callout-warning">
              <p>
                {step.candidate.warnings.length === 1
                  ? '1 warning'
                  : `${step.candidate.warnings.length} warnings`}
                : these fields are unknown to Tradeoff and will be left out.
              </p>
              <WarningList warnings={step.candidate.warnings} />
            </div>
          )}
          <p className="muted small">
            Replace swaps your offers and settings for the file’s. Merge adds the file’s offers to
            yours and keeps your settings.
          </p>
          <div className="button-row dialog-actions">
            <Button
              variant="primary"
              onClick={() =>
                replaceNeedsConfirmation(store.get())
                  ? setStep({ ...step, kind: 'confirm' })
                  : run(step.candidate, 'replace')
              }
            >
              Replace
            </Button>
            <Button
              onClick={() => {
                const twins = twinsOf(store.get(), step.candidate.document);
                if (twins.length > 0) setStep({ ...step, kind: 'twins', twins });
                else run(step.candidate, 'merge');
              }}
            >
              Merge
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {step.kind === 'twins' && (
        <div className="import-step">
          <p>
            {step.twins.length === 1 ? 'An offer in the file has' : 'Offers in the file have'} the
            company and role of one of yours:
          </p>
          <ul>
            {step.twins.map((offer) => (
              <li key={offer.id}>
                <UserText>{offer.company}</UserText>
                {offer.role && ' · '}
                <UserText>{offer.role}</UserText>
              </li>
            ))}
          </ul>
          <p className="muted small">Your other offers and the file’s are merged either way.</p>
          <div className="button-row dialog-actions">
            <Button onClick={() => run(step.candidate, 'merge', 'both')}>Keep both</Button>
            <Button onClick={() => run(step.candidate, 'merge', 'incoming')}>
              Keep the imported
            </Button>
            <Button onClick={() => run(step.candidate, 'merge', 'mine')}>Keep mine</Button>
          </div>
        </div>
      )}
      {step.kind === 'confirm' && (
        <ReplaceConfirmation
          current={store.get()}
          incoming={step.candidate.document}
          onConfirm={() => run(step.candidate, 'replace')}
          onBack={() => setStep({ ...step, kind: 'choose' })}
        />
      )}
    </Dialog>
  );
}
