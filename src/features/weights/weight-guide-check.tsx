import { useId, useState } from 'react';
import {
  answerAgrees,
  checkQuestion,
  checkQuestions,
  weightsForAnswer,
  type CheckAnswer,
  type CheckQuestion,
} from '../../domain/trade-offs/check-questions';
import { Button } from '../../components/button';
import { formatMoney } from '../../lib/format';
import { useNotify } from '../../store/app-context';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { questionText, shareChanges, verdictText } from './weight-guide-text';
import { applyWeightsWithUndo } from './weights-undo';

/** The check questions (docs/scoring.md §10): do the weights say what the person would choose? */
export function CheckStep({ onClose }: { onClose: () => void }) {
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
