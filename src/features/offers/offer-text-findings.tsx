import { useId, useRef, type ReactNode } from 'react';
import { offerField } from '../../domain/fields/offer-fields';
import type { OfferTextReading } from '../../domain/offer-text/read-offer-text';
import type { Proposal, Question } from '../../domain/offer-text/proposal';
import { Button } from '../../components/button';
import { useLocale } from '../../lib/locale';
import { formatCountInput } from '../../lib/number-reader';
import { quote, type ReviewRow } from './offer-text-review';

interface FindingsProps {
  text: string;
  reading: Extract<OfferTextReading, { ok: true }>;
  rows: readonly ReviewRow[];
  /** How many rows "Use all" fills in. */
  free: number;
  currency: string;
  onUse: (row: ReviewRow) => void;
  onUseAll: () => void;
  onChoose: (choice: Proposal) => void;
  /** Keeps the text in Notes, or says in words why it cannot. */
  keepAsNote: (() => void) | string;
}

/** Each value read, with the words it came from; the questions; what was not used. */
export function OfferTextFindings(props: FindingsProps) {
  const { text, reading, rows, free } = props;
  const readId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const found = rows.length + reading.questions.length;
  return (
    <div className="paste-findings">
      <div className="paste-findings-head">
        <h4 id={readId} ref={heading} tabIndex={-1}>
          {found === 0
            ? 'Nothing Tradeoff could place'
            : `Read ${found === 1 ? '1 value' : `${found} values`} from the text`}
        </h4>
        {free > 0 && (
          <Button
            size="sm"
            variant="primary"
            onClick={() => {
              props.onUseAll();
              // The button goes once nothing is left to fill: the keyboard stays on the list.
              heading.current?.focus();
            }}
          >
            Use all {free}
          </Button>
        )}
      </div>
      {found === 0 && (
        <p className="muted">
          It reads pay, bonuses, equity, retirement, time off, hours, office days, dates, the
          company and the role; type the rest into the form.
        </p>
      )}
      {found > 0 && (
        <ul className="paste-rows" aria-labelledby={readId}>
          {rows.map((row) => (
            <ProposalRow key={row.proposal.path} row={row} text={text} onUse={props.onUse} />
          ))}
          {reading.questions.map((q) => (
            <QuestionRow
              key={`q-${q.path}-${q.source.start}`}
              question={q}
              text={text}
              currency={props.currency}
              onChoose={props.onChoose}
            />
          ))}
        </ul>
      )}
      <NotUsed text={text} reading={reading} />
      <MarkedText text={text} proposals={reading.proposals} />
      {typeof props.keepAsNote === 'string' ? (
        <p className="muted">{props.keepAsNote}</p>
      ) : (
        <Button size="sm" className="paste-keep" onClick={props.keepAsNote}>
          Keep the text in Notes
        </Button>
      )}
    </div>
  );
}

function QuestionRow({
  question,
  text,
  currency,
  onChoose,
}: {
  question: Question;
  text: string;
  currency: string;
  onChoose: (choice: Proposal) => void;
}) {
  const locale = useLocale();
  return (
    <li className="paste-row paste-row-question">
      <p className="paste-row-value">
        <span className="paste-row-label">{offerField(question.path)?.label}</span> {question.why}
      </p>
      <p className="paste-row-from">from: &lsquo;{quote(text, question)}&rsquo;</p>
      <div className="button-row">
        {question.choices.map((choice) => (
          <Button key={String(choice.value)} size="sm" onClick={() => onChoose(choice)}>
            Use {choiceWords(choice, currency, locale)}
          </Button>
        ))}
      </div>
    </li>
  );
}

/** Figures read two ways, and sentences with figures no rule placed. */
function NotUsed({ text, reading }: Pick<FindingsProps, 'text' | 'reading'>) {
  const locale = useLocale();
  const id = useId();
  if (reading.unclear.length === 0 && reading.unused.length === 0) return null;
  return (
    <>
      <h4 id={id}>Not used</h4>
      <ul className="paste-unused" aria-labelledby={id}>
        {reading.unclear.map((u) => (
          <li key={`u-${u.source.start}`}>
            &lsquo;{quote(text, u)}&rsquo; reads as {formatCountInput(u.readings[0], locale)} or{' '}
            {formatCountInput(u.readings[1], locale)}: type the one you mean into its field.
          </li>
        ))}
        {reading.unused.map((span) => (
          <li key={`n-${span.start}`}>not used: &lsquo;{quote(text, { source: span })}&rsquo;</li>
        ))}
      </ul>
    </>
  );
}

const choiceWords = (choice: Proposal, currency: string, locale: string | undefined) => {
  const value =
    typeof choice.value === 'number' && offerField(choice.path)?.kind === 'money'
      ? new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: Number.isInteger(choice.value) ? 0 : 2,
          maximumFractionDigits: 2,
        }).format(choice.value)
      : String(choice.value);
  return choice.basis ? `${value} (${choice.basis})` : value;
};

function ProposalRow({
  row,
  text,
  onUse,
}: {
  row: ReviewRow;
  text: string;
  onUse: (row: ReviewRow) => void;
}) {
  const { proposal } = row;
  return (
    <li className={`paste-row paste-row-${row.state}`}>
      <p className="paste-row-value">
        <span className="paste-row-label">{row.label}</span> <strong>{row.shown}</strong>
        {row.per && <span className="paste-row-per"> {row.per}</span>}
      </p>
      <p className="paste-row-from">from: &lsquo;{quote(text, proposal)}&rsquo;</p>
      {proposal.basis && <p className="paste-row-basis">{proposal.basis}</p>}
      {row.also.length > 0 && <p className="paste-row-basis">also sets {row.also.join(', ')}</p>}
      <div className="paste-row-action">
        {row.state === 'in-form' && <span className="paste-row-done">In the form</span>}
        {row.state === 'free' && (
          <Button size="sm" onClick={() => onUse(row)} aria-label={`Use ${row.label}`}>
            Use
          </Button>
        )}
        {row.state === 'typed' && (
          <>
            <span className="paste-row-typed">You typed {row.current}</span>
            <Button size="sm" onClick={() => onUse(row)} aria-label={`Replace ${row.label}`}>
              Replace
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

/** The pasted text with the words of every value read marked. */
function MarkedText({ text, proposals }: { text: string; proposals: readonly Proposal[] }) {
  const spans = [...proposals]
    .sort((a, b) => a.source.start - b.source.start)
    .filter((p, i, all) => i === 0 || p.source.start >= (all[i - 1]?.source.end ?? 0));
  const parts: ReactNode[] = [];
  let at = 0;
  for (const p of spans) {
    if (p.source.start < at) continue;
    parts.push(text.slice(at, p.source.start));
    parts.push(
      <mark key={p.source.start} title={offerField(p.path)?.label ?? p.path}>
        {text.slice(p.source.start, p.source.end)}
      </mark>,
    );
    at = p.source.end;
  }
  parts.push(text.slice(at));
  return (
    <details className="paste-marked">
      <summary>Show where each value came from</summary>
      <div className="paste-marked-text">{parts}</div>
    </details>
  );
}
