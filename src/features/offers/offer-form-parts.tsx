import { useId, type Ref } from 'react';
import { Button } from '../../components/button';
import { UserText } from '../../components/isolated';
import type { Offer } from '../../domain/document/schema';
import { fieldLabel } from './form-errors';

/** Says the stored offer was deleted, or changed, while the form was open. */
export function ChangedElsewhere({
  base,
  stored,
  changed,
  onLoad,
  onKeep,
}: {
  /** The stored version the form's values started from. */
  base: Offer;
  /** The offer as stored now; undefined once deleted. */
  stored: Offer | undefined;
  changed: boolean;
  onLoad: (offer: Offer) => void;
  onKeep: (offer: Offer) => void;
}) {
  if (stored === undefined) {
    return (
      <p className="callout callout-warning" role="alert">
        <strong>
          <UserText>{base.company}</UserText>
        </strong>{' '}
        was deleted while you were editing it (in another tab or by an import). Saving adds it back
        with what this form holds.
      </p>
    );
  }
  if (!changed) return null;
  return (
    <div className="callout callout-warning offer-form-conflict" role="alert">
      <p>
        <strong>
          <UserText>{stored.company}</UserText>
        </strong>{' '}
        was changed while you were editing it (in another tab, by an import or by Undo). Saving
        writes only the fields you changed here.
      </p>
      <div className="button-row">
        <Button size="sm" onClick={() => onLoad(stored)}>
          Load the new values
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onKeep(stored)}>
          Keep mine
        </Button>
      </div>
    </div>
  );
}

const fixCount = (count: number) =>
  count === 1 ? '1 field needs a fix' : `${count} fields need a fix`;

/** The fields to fix, each a link that focuses its field. */
export function ErrorSummary({
  paths,
  onFocus,
}: {
  paths: readonly string[];
  onFocus: (path: string) => void;
}) {
  const summaryId = useId();
  if (paths.length === 0) return null;
  return (
    <div
      className="callout callout-danger offer-form-errors"
      role="group"
      aria-labelledby={summaryId}
    >
      <p id={summaryId}>
        <strong>{fixCount(paths.length)}:</strong>
      </p>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <button type="button" className="link-button" onClick={() => onFocus(path)}>
              {fieldLabel(path)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Save and Cancel, or, once closing a changed form was asked for, Keep editing and Discard. */
export function OfferFormFooter({
  errorCount,
  confirmingClose,
  keepEditingRef,
  onKeepEditing,
  onCancel,
  onDiscard,
}: {
  errorCount: number;
  confirmingClose: boolean;
  keepEditingRef: Ref<HTMLButtonElement>;
  onKeepEditing: () => void;
  onCancel: () => void;
  onDiscard: () => void;
}) {
  const discardId = useId();
  return (
    <footer className="offer-form-footer">
      <p className="offer-form-summary">{errorCount > 0 && fixCount(errorCount)}</p>
      {/* Keyed apart: React must not turn Keep editing into the Save button under the
          click that is still being handled, or the click would submit the form. */}
      {confirmingClose ? (
        <div
          key="discard"
          className="button-row offer-form-discard"
          role="group"
          aria-labelledby={discardId}
        >
          <strong id={discardId}>Discard your changes?</strong>
          <Button
            ref={keepEditingRef}
            onClick={(event) => {
              event.preventDefault();
              onKeepEditing();
            }}
          >
            Keep editing
          </Button>
          <Button variant="danger" onClick={onDiscard}>
            Discard changes
          </Button>
        </div>
      ) : (
        <div key="actions" className="button-row">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary">
            Save offer
          </Button>
        </div>
      )}
    </footer>
  );
}
