import { useId } from 'react';
import { CompanyLines } from '../../components/company-lines';
import { Isolated } from '../../components/isolated';
import type { CatchUpLine, InsightText } from './insight-sentences';

/** Offers named before the rest fold away: with many offers the list gets long. */
const SHOWN = 3;

function CatchUpList({ lines }: { lines: readonly CatchUpLine[] }) {
  return <CompanyLines lines={lines} className="insight-catch-up" />;
}

/** The insights in words: shown at once, before any chart has loaded. */
export function InsightSummary({ text }: { text: InsightText }) {
  const catchUpId = useId();
  const { tone, headline, details, catchUp, leftOut } = text;
  const rest = catchUp.slice(SHOWN);
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
          <CatchUpList lines={catchUp.slice(0, SHOWN)} />
          {rest.length > 0 && (
            <details className="insight-more">
              <summary>
                {rest.length} more {rest.length === 1 ? 'offer' : 'offers'}
              </summary>
              <CatchUpList lines={rest} />
            </details>
          )}
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
