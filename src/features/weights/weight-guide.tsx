import { useId, useState } from 'react';
import type { Factor, Weights } from '../../domain/document/schema';
import { factorSwingWeights } from '../../domain/trade-offs/swing-weights';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FACTOR_LABELS } from '../../components/palette';
import { useNotify } from '../../store/app-context';
import { useDocument, useDocumentStore, useTaxRules } from '../../store/document-context';
import { selectScores } from '../../store/scores';
import { CheckStep } from './weight-guide-check';
import { SwingRating, WeightsTable } from './weight-guide-parts';
import { guideSwings } from './weight-guide-text';
import { applyWeightsWithUndo } from './weights-undo';
import './weight-guide.css';

type Step = 'top' | 'rate' | 'review' | 'check';
type Swings = ReturnType<typeof guideSwings>;
type Ratings = Partial<Record<Factor, number>>;

/**
 * "Help me set weights": swing weighting against the person's own offers
 * (docs/scoring.md §8), then a few check questions (§10). Loaded the first
 * time it is opened.
 */
export function WeightGuide({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Help me set weights">
      {open && <GuideSession onClose={onClose} />}
    </Dialog>
  );
}

function GuideSession({ onClose }: { onClose: () => void }) {
  const document = useDocument();
  const { settings } = document;
  const { scored } = selectScores(document, useTaxRules());
  const swings = guideSwings(scored, settings.weights, settings.currency);
  const [step, setStep] = useState<Step>('top');
  const [top, setTop] = useState<Factor | null>(null);
  const [ratings, setRatings] = useState<Ratings>({});

  const answers = { ...ratings, ...(top ? { [top]: 100 } : {}) };
  const result = top ? factorSwingWeights(scored, answers, settings.weights) : null;
  const others = swings.rated.filter((s) => s.factor !== top);

  if (step === 'top') {
    return (
      <TopStep
        swings={swings}
        offerCount={scored.length}
        top={top}
        onTop={setTop}
        onCheck={() => setStep('check')}
        onNext={() => setStep(others.length > 0 ? 'rate' : 'review')}
      />
    );
  }
  if (step === 'rate' && top) {
    return (
      <RateStep
        top={top}
        others={others}
        ratings={ratings}
        onRatings={setRatings}
        onBack={() => setStep('top')}
        onNext={() => setStep('review')}
      />
    );
  }
  if (step === 'review' && result) {
    return (
      <ReviewStep
        before={settings.weights}
        result={result}
        onBack={() => setStep(others.length > 0 ? 'rate' : 'top')}
        onApplied={() => setStep('check')}
      />
    );
  }
  return <CheckStep onClose={onClose} />;
}

/** Step 1: the one factor the person would raise first from the worst to the best of their offers. */
function TopStep({
  swings,
  offerCount,
  top,
  onTop,
  onCheck,
  onNext,
}: {
  swings: Swings;
  offerCount: number;
  top: Factor | null;
  onTop: (factor: Factor) => void;
  onCheck: () => void;
  onNext: () => void;
}) {
  const choiceId = useId();
  const [missingTop, setMissingTop] = useState(false);
  return (
    <div className="guide">
      <p className="guide-progress muted small">Step 1 of 3</p>
      {swings.rated.length === 0 ? (
        <p className="callout callout-warning">
          {offerCount < 2
            ? 'Weights trade one factor against another across your offers, so this needs at least two offers.'
            : 'Your offers score the same on every factor, so there is nothing to trade off yet.'}
        </p>
      ) : (
        <fieldset className="guide-fieldset">
          <legend>
            Picture an offer that is the worst of yours on every factor. Which one factor would you
            most want raised to the best of your offers?
          </legend>
          {swings.rated.map(({ factor, label, range }) => (
            <div key={factor} className="guide-choice">
              <input
                id={`${choiceId}-${factor}`}
                type="radio"
                name={choiceId}
                value={factor}
                checked={top === factor}
                onChange={() => {
                  onTop(factor);
                  setMissingTop(false);
                }}
              />
              <label htmlFor={`${choiceId}-${factor}`}>
                <strong>{label}</strong> <span className="muted">{range}</span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {swings.skipped.map(({ factor, text }) => (
        <p key={factor} className="muted small">
          {text}
        </p>
      ))}
      <div role="status" className="guide-error">
        {missingTop && <p className="field-error">Choose the factor you would raise first.</p>}
      </div>
      <div className="guide-actions">
        <Button variant="ghost" onClick={onCheck}>
          Just check my weights
        </Button>
        {swings.rated.length > 0 && (
          <Button variant="primary" onClick={() => (top ? onNext() : setMissingTop(true))}>
            Next
          </Button>
        )}
      </div>
    </div>
  );
}

/** Step 2: every other raise rated against the top one. */
function RateStep({
  top,
  others,
  ratings,
  onRatings,
  onBack,
  onNext,
}: {
  top: Factor;
  others: Swings['rated'];
  ratings: Ratings;
  onRatings: (update: (ratings: Ratings) => Ratings) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  return (
    <div className="guide">
      <p className="guide-progress muted small">Step 2 of 3</p>
      <p>
        Raising <strong>{FACTOR_LABELS[top]}</strong> from the worst to the best of your offers
        counts 100. How much would each of these raises be worth to you against it? 0 is nothing,
        100 is just as much.
      </p>
      <div className="guide-ratings">
        {others.map(({ factor, label, range }) => (
          <SwingRating
            key={factor}
            label={`${label}, ${range}`}
            value={ratings[factor] ?? 50}
            onChange={(value) => onRatings((r) => ({ ...r, [factor]: value }))}
          />
        ))}
      </div>
      <div className="guide-actions">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        <Button
          variant="primary"
          onClick={() => {
            // Untouched sliders count at the 50 they show.
            onRatings((r) =>
              Object.fromEntries(others.map(({ factor }) => [factor, r[factor] ?? 50])),
            );
            onNext();
          }}
        >
          Next
        </Button>
      </div>
    </div>
  );
}

/** Step 3: the weights the answers give, beside today's, to apply (with Undo) or not. */
function ReviewStep({
  before,
  result,
  onBack,
  onApplied,
}: {
  before: Weights;
  result: NonNullable<ReturnType<typeof factorSwingWeights>>;
  onBack: () => void;
  onApplied: () => void;
}) {
  const store = useDocumentStore();
  const notify = useNotify();
  return (
    <div className="guide">
      <p className="guide-progress muted small">Step 3 of 3</p>
      {result.ok ? (
        <>
          <WeightsTable before={before} after={result.weights} />
          <p className="muted small">
            Each weight is your rating of its raise divided by how far apart your offers are on it,
            so a factor on which they barely differ needs a larger weight to matter as much.
          </p>
        </>
      ) : (
        <p className="callout callout-warning">
          Every raise was rated 0, so these answers give no weights. Go back and rate at least one.
        </p>
      )}
      <div className="guide-actions">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        {result.ok && (
          <Button
            variant="primary"
            onClick={() => {
              applyWeightsWithUndo(
                { store, notify },
                result.weights,
                'Weights set from your answers',
              );
              onApplied();
            }}
          >
            Apply these weights
          </Button>
        )}
      </div>
    </div>
  );
}
