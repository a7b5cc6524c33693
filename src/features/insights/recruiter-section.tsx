import { memo, useId, useState } from 'react';
import type { OfferQuestions } from '../../domain/trade-offs/recruiter-questions';
import { Button } from '../../components/button';
import { UserText } from '../../components/isolated';
import { useNotify } from '../../store/app-context';
import { moveText, recruiterText } from './recruiter-text';

/** Offers whose questions show at first; "Show all" lists the rest (the copied text has all). */
const OFFERS_AT_ONCE = 3;

/**
 * "Ask the recruiter": per offer, what is missing or uncertain, why it
 * matters and how far the answer can move the comparison; copied as text.
 */
export const RecruiterSection = memo(function RecruiterSection({
  entries,
  currency,
}: {
  entries: readonly OfferQuestions[];
  currency: string;
}) {
  const headingId = useId();
  const notify = useNotify();
  const [all, setAll] = useState(false);
  if (entries.length === 0) return null;
  const copy = () =>
    navigator.clipboard.writeText(recruiterText(entries, currency)).then(
      () => notify({ message: 'Questions copied as text', tone: 'success' }),
      () => notify({ message: 'Could not copy: your browser did not allow it', tone: 'error' }),
    );
  return (
    <section className="insight-section recruiter" aria-labelledby={headingId}>
      <h3 id={headingId}>Ask the recruiter</h3>
      {(all ? entries : entries.slice(0, OFFERS_AT_ONCE)).map(({ offerId, company, questions }) => (
        <div key={offerId} className="recruiter-offer">
          <h4>
            <UserText>{company}</UserText>
          </h4>
          <ol>
            {questions.map((q) => (
              <li key={q.topic}>
                <strong>{q.question}</strong> {q.why}{' '}
                <span className="muted">{moveText(company, q, currency)}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <div className="button-row">
        {entries.length > OFFERS_AT_ONCE && (
          <Button size="sm" variant="ghost" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? `Show the first ${OFFERS_AT_ONCE} offers` : `Show all ${entries.length} offers`}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={() => void copy()}>
          Copy questions as text
        </Button>
      </div>
    </section>
  );
});
