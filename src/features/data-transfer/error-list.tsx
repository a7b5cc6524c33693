import { describeError, type ParseError } from '../../domain/document/parse';
import { describeOfferPath } from '../../domain/fields/offer-fields';

export const MAX_LISTED = 20;

/**
 * Problems in words ("Offer 3 · Base salary must be ≥ 0", labelled as in the
 * offer form) with their exact paths; long lists stop at 20 with "and N more".
 */
export function ErrorList({ errors, label }: { errors: readonly ParseError[]; label: string }) {
  const shown = errors.slice(0, MAX_LISTED);
  const rest = errors.length - shown.length;
  return (
    <ul className="issue-list" aria-label={label}>
      {shown.map((error, index) => {
        const field = describeOfferPath(error.path);
        return (
          <li key={index}>
            {field && (
              <span className="issue-words">
                {field} {error.message}
              </span>
            )}
            <code>{describeError(error)}</code>
          </li>
        );
      })}
      {rest > 0 && <li className="muted">and {rest} more</li>}
    </ul>
  );
}

/** Warnings are plain sentences; the same cap applies. */
export function WarningList({ warnings }: { warnings: readonly string[] }) {
  return <ErrorList errors={warnings.map((message) => ({ path: '', message }))} label="Warnings" />;
}
