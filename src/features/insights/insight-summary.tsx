import { useId, useState } from 'react';
import { CompanyLines } from '../../components/company-lines';
import { Isolated } from '../../components/isolated';
import type { CatchUpLine, InsightText } from './insight-sentences';

/** Offers named before the rest fold away: with many offers the list gets long. */
const SHOWN = 3;

/**
 * Lines about offers, the first three at once and the rest folded under "N
 * more offers"; the folded lines are built only when opened (with 200 offers
 * they would be hundreds of elements nobody asked for).
 */
export function FoldedLines({ lines }: { lines: readonly CatchUpLine[] }) {
  const [open, setOpen] = useState(false);
  const rest = lines.slice(SHOWN);
  return (
    <>
      <CompanyLines lines={lines.slice(0, SHOWN)} className="insight-catch-up" />
      {rest.length > 0 && (
        <details className="insight-more" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            {rest.length} more {rest.length === 1 ? 'offer' : 'offers'}
          </summary>
          {open && <CompanyLines lines={rest} className="insight-catch-up" />}
        </details>
      )}
    </>
  );
}

/** The insights in words: shown at once, before any chart has loaded. */
export function InsightSummary({ text }: { text: InsightText }) {
  const catchUpId = useId();
  const { tone, headline, details, catchUp, leftOut } = text;
  return (
    <>
      <div className={`insight-verdict insight-verdict-${tone}`}>
        <p className="insight-headline">
          <Isolated text={headline} />
        </p>
        {details.map((detail) => (
          <p key={detail}>
            <Isolated text={detail} />
          </p>
        ))}
      </div>
      {catchUp.length > 0 && (
        <section className="insight-section" aria-labelledby={catchUpId}>
          <h3 id={catchUpId}>What a raise would do</h3>
          <FoldedLines lines={catchUp} />
        </section>
      )}
      {leftOut && (
        <p className="muted small">
          <Isolated text={leftOut} />
        </p>
      )}
    </>
  );
}
