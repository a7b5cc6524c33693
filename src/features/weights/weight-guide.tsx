import { useId, useState } from 'react';
import { weightShares } from '../../domain/scoring/scoring';
import { FACTORS, type Factor, type Weights } from '../../domain/document/schema';
import {
  answerAgrees,
  checkQuestion,
  checkQuestions,
  weightsForAnswer,
  type CheckAnswer,
  type CheckQuestion,
} from '../../domain/trade-offs/check-questions';
import { factorSwingWeights } from '../../domain/trade-offs/swing-weights';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FACTOR_LABELS } from '../../components/palette';
import { formatMoney, formatPercent } from '../../lib/format';
import { useNotify } from '../../store/app-context';
import { useDocument, useDocumentStore, useTaxRules } from '../../store/document-context';
import { selectScores } from '../../store/scores';
import { guideSwings, questionText, shareChanges, verdictText } from './weight-guide-text';
import { applyWeightsWithUndo } from './weights-undo';
import './weight-guide.css';

type Step = 'top' | 'rate' | 'review' | 'check';

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
  const store = useDocumentStore();
  const notify = useNotify();
  const { settings } = document;
  const { scored } = selectScores(document, useTaxRules());
  const swings = guideSwings(scored, settings.weights, settings.currency);
  const [step, setStep] = useState<Step>('top');
  const [top, setTop] = useState<Factor | null>(null);
  const [ratings, setRatings] = useState<Partial<Record<Factor, number>>>({});
  const [missingTop, setMissingTop] = useState(false);
  const choiceId = useId();

  const answers = { ...ratings, ...(top ? { [top]: 100 } : {}) };
  const result = top ? factorSwingWeights(scored, answers, settings.weights) : null;
  const others = swings.rated.filter((s) => s.factor !== top);

  if (step === 'top') {
    return (
      <div className="guide">
        <p className="guide-progress muted small">Step 1 of 3</p>
        {swings.rated.length === 0 ? (
          <p className="callout callout-warning">
            {scored.length < 2
              ? 'Weights trade one factor against another across your offers, so this needs at least two offers.'
              : 'Your offers score the same on every factor, so there is nothing to trade off yet.'}
          </p>
        ) : (
          <fieldset className="guide-fieldset">
            <legend>
              Picture an offer that is the worst of yours on every factor. Which one factor would
              you most want raised to the best of your offers?
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
                    setTop(factor);
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
          <Button variant="ghost" onClick={() => setStep('check')}>
            Just check my weights
          </Button>
          {swings.rated.length > 0 && (
            <Button
              variant="primary"
              onClick={() =>
                top ? setStep(others.length > 0 ? 'rate' : 'review') : setMissingTop(true)
              }
            >
              Next
            </Button>
          )}
        </div>
      </div>
    );
  }

  if (step === 'rate' && top) {
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
              onChange={(value) => setRatings((r) => ({ ...r, [factor]: value }))}
            />
          ))}
        </div>
        <div className="guide-actions">
          <Button variant="ghost" onClick={() => setStep('top')}>
            Back
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              // Untouched sliders count at the 50 they show.
              setRatings((r) =>
                Object.fromEntries(others.map(({ factor }) => [factor, r[factor] ?? 50])),
              );
              setStep('review');
            }}
          >
            Next
          </Button>
        </div>
      </div>
    );
  }

  if (step === 'review' && result) {
    return (
      <div className="guide">
        <p className="guide-progress muted small">Step 3 of 3</p>
        {result.ok ? (
          <>
            <WeightsTable before={settings.weights} after={result.weights} />
            <p className="muted small">
              Each weight is your rating of its raise divided by how far apart your offers are on
              it, so a factor on which they barely differ needs a larger weight to matter as much.
            </p>
          </>
        ) : (
          <p className="callout callout-warning">
            Every raise was rated 0, so these answers give no weights. Go back and rate at least
            one.
          </p>
        )}
        <div className="guide-actions">
          <Button variant="ghost" onClick={() => setStep(others.length > 0 ? 'rate' : 'top')}>
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
                setStep('check');
              }}
            >
              Apply these weights
            </Button>
          )}
        </div>
      </div>
    );
  }

  return <CheckStep onClose={onClose} />;
}

function SwingRating({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="guide-rating">
      <label htmlFor={id}>{label}</label>
      <div className="guide-rating-row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={value}
          onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
        />
        <output htmlFor={id} className="num">
          {value}
        </output>
      </div>
    </div>
  );
}

function WeightsTable({ before, after }: { before: Weights; after: Weights }) {
  const now = weightShares(before);
  const next = weightShares(after);
  return (
    <div className="table-wrap">
      <table className="data-table guide-table">
        <caption>The weights your answers give, as shares of 100 %</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Now</th>
            <th scope="col">From your answers</th>
          </tr>
        </thead>
        <tbody>
          {FACTORS.map((f) => (
            <tr key={f}>
              <th scope="row">{FACTOR_LABELS[f]}</th>
              <td className="num">{formatPercent(now[f])}</td>
              <td className="num">{formatPercent(next[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CheckStep({ onClose }: { onClose: () => void }) {
  const document = useDocument();
  // Asked once per visit: the amounts must not move while the person answers.
  const [questions] = useState(() => checkQuestions(document));
  return (
    <div className="guide">
      <p>
        A few questions about your own offers, to see whether your weights say what you would
        choose.
      </p>
      {questions.length === 0 ? (
        <p className="callout callout-warning">
          These questions trade pay for ratings, so they need at least two offers with different
          pay.
        </p>
      ) : (
        questions.map((question) => (
          <CheckItem key={`${question.factor}.${question.criterion}`} question={question} />
        ))
      )}
      <div className="guide-actions">
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}

function CheckItem({ question }: { question: CheckQuestion }) {
  const document = useDocument();
  const store = useDocumentStore();
  const notify = useNotify();
  const [answer, setAnswer] = useState<CheckAnswer | null>(null);
  const name = useId();
  const { currency } = document.settings;
  const verdict = checkQuestion(document, question);
  const agrees = verdict && answer ? answerAgrees(verdict, answer) : null;
  const adjusted = answer && agrees === false ? weightsForAnswer(document, question, answer) : null;
  return (
    <fieldset className="guide-fieldset guide-question">
      <legend>{questionText(question, currency)}</legend>
      <label className="guide-choice">
        <input
          type="radio"
          name={name}
          checked={answer === 'money'}
          onChange={() => setAnswer('money')}
        />
        {formatMoney(question.amount, currency)} more a year
      </label>
      <label className="guide-choice">
        <input
          type="radio"
          name={name}
          checked={answer === 'step'}
          onChange={() => setAnswer('step')}
        />
        The rating one step better
      </label>
      <div role="status">
        {verdict && answer && agrees !== null && (
          <p className={agrees ? 'guide-agrees' : 'guide-disagrees'}>
            {verdictText(verdict, question, agrees, currency)}
          </p>
        )}
      </div>
      {adjusted && (
        <Button
          size="sm"
          onClick={() =>
            applyWeightsWithUndo({ store, notify }, adjusted, 'Weights adjusted to your answer')
          }
        >
          Adjust weights ({shareChanges(document.settings.weights, adjusted)})
        </Button>
      )}
    </fieldset>
  );
}
