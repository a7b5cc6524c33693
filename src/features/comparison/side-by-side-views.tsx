import { Button } from '../../components/button';
import { offerColor } from '../../components/palette';
import { ScrollRegion } from '../../components/scroll-region';
import type { Offer } from '../../domain/document/schema';
import type { Cell, Group } from './side-by-side-rows';

/*
 * How side by side is drawn: a table of one column per offer on a wide
 * screen, one card per offer on a phone, and the pager between pages of
 * offers. Each takes the rows ready-made (side-by-side-rows.ts).
 */

/** An offer shown, with its place in the document (its stable colour). */
export interface PageOffer {
  offer: Offer;
  index: number;
}

interface ViewProps {
  page: readonly PageOffer[];
  groups: readonly Group[];
  open: ReadonlySet<string>;
  toggle: (name: string) => void;
  baselineId: string | null;
}

/** Previous and next page of offers, and which are shown. */
export function SbsPager({
  start,
  count,
  perPage,
  onStart,
}: {
  start: number;
  count: number;
  perPage: number;
  onStart: (start: number) => void;
}) {
  return (
    <div className="sbs-pager">
      <Button
        size="sm"
        disabled={start === 0}
        onClick={() => onStart(Math.max(0, start - perPage))}
      >
        Previous offers
      </Button>
      <span className="small muted" aria-live="polite">
        Offers {start + 1}–{Math.min(start + perPage, count)} of {count}
      </span>
      <Button
        size="sm"
        disabled={start + perPage >= count}
        onClick={() => onStart(start + perPage)}
      >
        Next offers
      </Button>
    </div>
  );
}

/** On a phone: the groups to show, then one card per offer. */
export function SbsCards({ page, groups, open, toggle, baselineId }: ViewProps) {
  return (
    <>
      <div className="button-row sbs-groups" role="group" aria-label="Rows shown">
        {groups.map(({ name }) => (
          <Button key={name} size="sm" aria-pressed={open.has(name)} onClick={() => toggle(name)}>
            {name}
          </Button>
        ))}
      </div>
      <ul className="sbs-cards" aria-label="Side by side">
        {page.map(({ offer, index }) => (
          <li key={offer.id} className="sbs-card">
            <h3 className="sbs-offer-name">
              <span
                className="ranking-swatch"
                style={{ background: offerColor(index) }}
                aria-hidden="true"
              />
              {offer.company}
              {offer.id === baselineId && <span className="badge badge-accent">Baseline</span>}
            </h3>
            <CardRows
              groups={groups.filter((group) => open.has(group.name))}
              offerId={offer.id}
              baselineId={baselineId}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** On a wide screen: one column per offer, one body per group of rows. */
export function SbsTable({ page, groups, open, toggle, baselineId }: ViewProps) {
  const shownIds = new Set(page.map(({ offer }) => offer.id));
  const columns = page.length + 1;
  return (
    <ScrollRegion className="table-wrap sbs-wrap" label="Side by side, scrolls sideways">
      <table className="data-table sbs-table" aria-label="Side by side">
        <thead>
          <tr>
            <th scope="col" className="sbs-corner">
              <span className="visually-hidden">Criterion</span>
            </th>
            {page.map(({ offer, index }) => (
              <th key={offer.id} scope="col" className="sbs-offer">
                <span className="sbs-offer-name">
                  <span
                    className="ranking-swatch"
                    style={{ background: offerColor(index) }}
                    aria-hidden="true"
                  />
                  {offer.company}
                </span>
                {offer.current && <span className="badge">Current job</span>}
                {offer.id === baselineId && <span className="badge badge-accent">Baseline</span>}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => {
          const expanded = open.has(group.name);
          return (
            <tbody key={group.name}>
              <tr className="sbs-group">
                <th scope="colgroup" colSpan={columns}>
                  {/* Closed groups are not built: with many offers each row is a cell per offer. */}
                  <button
                    type="button"
                    className="sbs-group-toggle"
                    aria-expanded={expanded}
                    onClick={() => toggle(group.name)}
                  >
                    <span className="sbs-group-chevron" aria-hidden="true">
                      {expanded ? '▾' : '▸'}
                    </span>
                    {group.name}
                    {!expanded && <span className="small muted"> · {group.rows.length} rows</span>}
                  </button>
                </th>
              </tr>
              {expanded &&
                group.rows.map((row) => (
                  <tr key={row.key} className={`sbs-row sbs-${row.kind}`} data-row={row.key}>
                    <RowLabel label={row.label} />
                    {row.cells
                      .filter((cell) => shownIds.has(cell.offerId))
                      .map((cell) => (
                        <SideBySideCell
                          key={cell.offerId}
                          cell={cell}
                          rowKey={row.key}
                          long={row.kind === 'text'}
                        />
                      ))}
                  </tr>
                ))}
            </tbody>
          );
        })}
      </table>
    </ScrollRegion>
  );
}

/** Labels longer than this lose their closing parenthesis on screen, so four offers fit beside them. */
const SHORT_LABEL = 28;

/**
 * A row's label: a long one ending in a parenthesis ("Pay per year, after tax
 * (4-year average, …)") is shown without it, with the whole label in its
 * title and for screen readers.
 */
function RowLabel({ label }: { label: string }) {
  const cut = label.lastIndexOf(' (');
  if (label.length <= SHORT_LABEL || cut <= 0 || !label.endsWith(')'))
    return <th scope="row">{label}</th>;
  return (
    <th scope="row" title={label}>
      <span aria-hidden="true">{label.slice(0, cut)}</span>
      <span className="visually-hidden">{label}</span>
    </th>
  );
}

/**
 * One offer's rows on a phone. Against a baseline, only the rows that differ
 * from it: the card reads as "what changes if I take this one".
 */
function CardRows({
  groups,
  offerId,
  baselineId,
}: {
  groups: Group[];
  offerId: string;
  baselineId: string | null;
}) {
  let same = 0;
  const items = groups.flatMap(({ rows }) =>
    rows.flatMap(({ key, label, cells }) => {
      const cell = cells.find((c) => c.offerId === offerId);
      const base = cells.find((c) => c.offerId === baselineId);
      if (!cell) return [];
      if (base && base !== cell && base.text === cell.text) {
        same++;
        return [];
      }
      return [
        <div key={key} className={cell.best ? 'is-best' : undefined}>
          <dt>{label}</dt>
          <dd>
            <CellBody cell={cell} />
          </dd>
        </div>,
      ];
    }),
  );
  return (
    <>
      <dl className="sbs-card-rows">{items}</dl>
      {same > 0 && <p className="small muted">Rows as in the baseline: {same}</p>}
    </>
  );
}

/**
 * A tax estimate's label as a narrow column shows it: without "estimate"
 * (the row says so) and without asides that name no year ("(also for later
 * years)"); "(2025 state tables)" stays.
 */
export const shortTaxLabel = (label: string): string =>
  label.replace(/^estimate · /, '').replace(/ \((?![^)]*\d{4})[^)]*\)/g, '');

function SideBySideCell({ cell, rowKey, long }: { cell: Cell; rowKey: string; long: boolean }) {
  const short = rowKey === 'tax-label' ? shortTaxLabel(cell.text) : cell.text;
  return (
    <td
      className={cell.best ? 'is-best' : undefined}
      title={short !== cell.text || (long && cell.text.length > 60) ? cell.text : undefined}
    >
      <CellBody cell={cell} short={short} />
    </td>
  );
}

/** A cell's contents; `short`, when given, is shown in place of the text, which screen readers get. */
function CellBody({ cell, short = cell.text }: { cell: Cell; short?: string }) {
  return (
    <>
      {short === cell.text ? (
        <span className="sbs-value num">{cell.text}</span>
      ) : (
        <span className="sbs-value num">
          <span aria-hidden="true">{short}</span>
          <span className="visually-hidden">{cell.text}</span>
        </span>
      )}
      {cell.best && ' '}
      {cell.best && (
        <span className="best-marker">
          <span aria-hidden="true">★</span> Best
        </span>
      )}
      {cell.converted && <span className="sbs-sub small muted num">{cell.converted}</span>}
      {cell.diff && (
        <span className={`sbs-sub sbs-diff sbs-diff-${cell.diff.tone} small num`}>
          {cell.diff.text}
          {(cell.diff.tone === 'better' || cell.diff.tone === 'worse') && (
            <span className="visually-hidden"> ({cell.diff.tone} than the baseline)</span>
          )}
        </span>
      )}
    </>
  );
}
