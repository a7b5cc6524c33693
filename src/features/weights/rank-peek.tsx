import { UserText } from '../../components/isolated';
import { offerColor } from '../../components/palette';
import { formatScore } from '../../lib/format';
import { useDocument, useScores } from '../../store/document-context';

/**
 * The top three while the sliders move. On a phone the ranking scrolls away
 * above the weights, so this strip sticks to the top of the sliders (CSS shows
 * it at phone widths only, and only while the sliders are on screen). The
 * strip itself is hidden from screen readers, who hear each slider's share;
 * a status holds the order alone, so a reorder is said once, not every step.
 */
export function RankPeek() {
  const offers = useDocument((document) => document.offers);
  const top = useScores().ranked.slice(0, 3);
  if (top.length < 2) return null;
  return (
    <div className="rank-peek">
      <ol aria-hidden="true">
        {top.map(({ offerId, company, total }) => (
          <li key={offerId}>
            <span className="rank-peek-name">
              <i style={{ background: offerColor(offers.findIndex((o) => o.id === offerId)) }} />
              <UserText>{company}</UserText>
            </span>
            <b className="num">{formatScore(total)}</b>
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {`Now first: ${top.map((o) => o.company).join(', then ')}`}
      </p>
    </div>
  );
}
