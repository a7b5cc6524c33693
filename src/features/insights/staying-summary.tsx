import { useId } from 'react';
import { UserText } from '../../components/isolated';
import { FoldedLines } from './insight-summary';
import type { StayingText } from './staying-sentences';

/** Each offer against the current job, and what leaving it today gives up. */
export function StayingSummary({ text }: { text: StayingText }) {
  const headingId = useId();
  return (
    <section className="insight-section insight-staying" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Against staying at <UserText>{text.current}</UserText>
      </h3>
      {text.lines.length > 0 ? (
        <FoldedLines lines={text.lines} />
      ) : (
        <p className="small muted">Add an offer to see how it compares with staying.</p>
      )}
      {text.leaving && <p className="small">{text.leaving}</p>}
    </section>
  );
}
