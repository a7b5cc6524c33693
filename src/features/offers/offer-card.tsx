import type { CSSProperties } from 'react';
import { CRITERIA, type Offer } from '../../domain/document/schema';
import { SECTION_TITLES } from '../../domain/fields/choices';
import {
  UNRATED_FACTOR_SCORE,
  unratedCriteria,
  type UnscoredOffer,
} from '../../domain/scoring/scoring';
import { statusLabel } from '../../domain/fields/choices';
import { Button } from '../../components/button';
import { offerColor } from '../../components/palette';
import { formatMoneyCompact, formatScore } from '../../lib/format';
import { averageWords } from '../../domain/scoring/basis';
import { deadlineStatus, formatDeadline } from './deadline';
import { UserText } from '../../components/isolated';
import './offer-card.css';

const STATUS_BADGE = {
  considering: 'badge badge-accent',
  accepted: 'badge badge-success',
  declined: 'badge',
} as const;

export interface CardScore {
  rank: number;
  total: number;
  meanCompensation: number;
  /** Year 1's pay, counted like the mean; null without an exchange rate. */
  firstYear: number | null;
}

interface OfferCardProps {
  offer: Offer;
  index: number;
  score: CardScore | undefined;
  unscored: UnscoredOffer | undefined;
  rankedCount: number;
  displayCurrency: string;
  /** The basis pay is counted on, in words: "after tax". */
  basis: string;
  horizonYears: number;
  today: Date;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function OfferCard({
  offer,
  index,
  score,
  unscored,
  rankedCount,
  displayCurrency,
  basis,
  horizonYears,
  today,
  onEdit,
  onDuplicate,
  onDelete,
}: OfferCardProps) {
  const { company } = offer;
  const subtitle = [offer.role, offer.location].filter(Boolean).join(' · ');
  const deadline = offer.deadline ? deadlineStatus(offer.deadline, today) : null;
  const average = averageWords(horizonYears);
  return (
    <li
      className={offer.status === 'declined' ? 'offer-card is-declined' : 'offer-card'}
      style={{ '--offer-color': offerColor(index) } as CSSProperties}
    >
      <div className="offer-card-head">
        <span className="offer-swatch" aria-hidden="true" />
        <div className="offer-card-title">
          <h3>
            <UserText>{company}</UserText>
          </h3>
          {subtitle && (
            <p className="muted small">
              <UserText>{subtitle}</UserText>
            </p>
          )}
        </div>
        {offer.current && offer.status !== 'declined' ? (
          <span className="badge badge-accent">Current job</span>
        ) : (
          <span className={STATUS_BADGE[offer.status]}>{statusLabel(offer.status)}</span>
        )}
      </div>

      {offer.status === 'declined' ? (
        <p className="small muted offer-declined-note">
          Declined: not ranked, and not counted when pay is compared.
        </p>
      ) : score ? (
        <>
          <dl className="offer-stats">
            <div>
              <dt>Score</dt>
              <dd className="offer-score num">{formatScore(score.total)}</dd>
            </div>
            <div>
              <dt>Rank</dt>
              <dd className="num">
                {score.rank} <span className="muted small">of {rankedCount}</span>
              </dd>
            </div>
            <div>
              <dt title={`${average}, adjusted for cost of living, ${basis}`}>
                Pay per year <span className="offer-basis">{basis}</span>
              </dt>
              <dd className="num">
                {score.firstYear !== null && (
                  <span className="offer-first-year">
                    <abbr title="Year 1">Y1</abbr>{' '}
                    {formatMoneyCompact(score.firstYear, displayCurrency)}
                    <span aria-hidden="true"> · </span>
                    <span className="visually-hidden">, </span>
                  </span>
                )}
                <abbr className="muted small" title={average}>
                  {horizonYears}-yr avg
                </abbr>{' '}
                {formatMoneyCompact(score.meanCompensation, displayCurrency)}
              </dd>
            </div>
          </dl>
          <UnratedNote offer={offer} />
        </>
      ) : (
        <div className="callout callout-warning offer-unscored">
          <p className="small">
            <strong>Not scored.</strong> {unscored?.reason ?? 'This offer cannot be scored yet.'}
          </p>
          <Button size="sm" onClick={onEdit} aria-label={`Fix ${company}`}>
            Fix
          </Button>
        </div>
      )}

      {deadline && offer.deadline && (
        <p className="offer-deadline small">
          <span className="muted">Decide by </span>
          <time dateTime={offer.deadline}>{formatDeadline(offer.deadline)}</time>
          <span className={`offer-deadline-left offer-deadline-${deadline.tone}`}>
            {deadline.text}
          </span>
        </p>
      )}

      <div className="offer-card-actions">
        <Button size="sm" onClick={onEdit} aria-label={`Edit ${company}`}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" onClick={onDuplicate} aria-label={`Duplicate ${company}`}>
          Duplicate
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="offer-delete"
          onClick={onDelete}
          aria-label={`Delete ${company}`}
        >
          Delete
        </Button>
      </div>
    </li>
  );
}

/**
 * What the score leaves out: "2 criteria not rated", and a factor with none
 * of its criteria rated counted at the middle of the scale.
 */
function UnratedNote({ offer }: { offer: Offer }) {
  const unrated = unratedCriteria(offer);
  if (unrated.length === 0) return null;
  const whole = (['growth', 'culture'] as const).filter(
    (factor) =>
      unrated.filter((path) => path.startsWith(`${factor}.`)).length === CRITERIA[factor].length,
  );
  return (
    <p className="small muted offer-unrated">
      {unrated.length === 1 ? '1 criterion not rated' : `${unrated.length} criteria not rated`}
      {whole.length > 0 &&
        `; ${whole.map((f) => SECTION_TITLES[f]).join(' and ')} ${whole.length === 1 ? 'counts' : 'count'} as ${UNRATED_FACTOR_SCORE}, the middle`}
    </p>
  );
}
