import { memo, useId, useState, useSyncExternalStore } from 'react';
import { currentJob } from '../../domain/document/current-job';
import { type TradeoffDocument } from '../../domain/document/schema';
import type { TaxRules } from '../../domain/tax/rules';
import { offerColor } from '../../components/palette';
import { Button } from '../../components/button';
import { ScrollRegion } from '../../components/scroll-region';
import { useInView } from '../../components/use-in-view';
import { derive } from '../../lib/derive';
import { useDocument, useTaxRules } from '../../store/document-context';
import { selectScores } from '../../store/scores';
import { useCatchUpDocument } from '../../store/use-catch-up-document';
import { sideBySideRows, type Cell, type Group } from './side-by-side-rows';
import { sideBySideGroups } from './side-by-side-spec';
import './side-by-side.css';

/**
 * Every input and score of every offer, one column each. The best value of a
 * row is marked with a star and the word "Best", never by colour alone.
 */
export function SideBySideTable() {
  // Hundreds of cells (thousands with many offers): they follow a dragged
  // slider after the ranking and the charts, and out of view once it pauses.
  const [slot, inView] = useInView<HTMLDivElement>();
  const doc = useCatchUpDocument(useDocument(), { waitForPause: true, inView });
  return (
    <div ref={slot} className="panel-slot">
      <SideBySide doc={doc} rules={useTaxRules()} />
    </div>
  );
}

/** The table's rows, once per document, tax rules and baseline. */
export const selectSideBySideRows = derive(
  (doc: TradeoffDocument, rules: TaxRules, baselineId: string | null) => [doc, rules, baselineId],
  (doc, rules, baselineId) =>
    sideBySideRows(
      doc,
      selectScores(doc, rules).byId,
      baselineId,
      sideBySideGroups(doc.settings, rules),
    ),
);

/** Phone widths (`--phone` in breakpoints.css): one card per offer instead of a table. */
const PHONE = '(max-width: 520px)';
const phoneQuery = () => (typeof matchMedia === 'function' ? matchMedia(PHONE) : null);
const onPhoneChange = (change: () => void) => {
  phoneQuery()?.addEventListener('change', change);
  return () => phoneQuery()?.removeEventListener('change', change);
};
const usePhone = () =>
  useSyncExternalStore(
    onPhoneChange,
    () => phoneQuery()?.matches ?? false,
    () => false,
  );

/** Offers side by side at once; more are paged (the baseline stays in view). */
export const COLUMNS_AT_ONCE = 6;
/** Groups open at first: the scores and, when there is one, pay before and after tax. */
const OPEN_AT_FIRST = ['Scores', 'Before and after tax (a year, mean)'];

const SideBySide = memo(function SideBySide({
  doc,
  rules,
}: {
  doc: TradeoffDocument;
  rules: TaxRules;
}) {
  const headingId = useId();
  const baselineSelectId = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(OPEN_AT_FIRST));
  const [firstColumn, setFirstColumn] = useState(0);
  // Until the person picks one, the baseline is the current job ("staying"), if any.
  const [chosen, setChosen] = useState<string | null>(null);
  const phone = usePhone();
  const wanted = chosen ?? currentJob(doc.offers)?.id ?? '';
  // A deleted baseline falls back to "no baseline" without an extra render.
  const baselineId = doc.offers.some((o) => o.id === wanted) ? wanted : null;
  const groups = selectSideBySideRows(doc, rules, baselineId);

  if (doc.offers.length === 0) return null;
  // A page of offers, the baseline first when it is on another page.
  const start = Math.min(firstColumn, Math.max(0, doc.offers.length - 1));
  const page = doc.offers
    .map((offer, index) => ({ offer, index }))
    .slice(start, start + COLUMNS_AT_ONCE);
  const baseline = doc.offers.findIndex((o) => o.id === baselineId);
  if (baseline >= 0 && !page.some(({ index }) => index === baseline))
    page.unshift({ offer: doc.offers[baseline]!, index: baseline });
  const shownIds = new Set(page.map(({ offer }) => offer.id));
  const paged = doc.offers.length > COLUMNS_AT_ONCE;
  const columns = page.length + 1;
  const toggle = (name: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(name)) next.add(name);
      return next;
    });

  return (
    <section className="panel side-by-side" aria-labelledby={headingId}>
      <div className="panel-header sbs-header">
        <div>
          <h2 id={headingId}>Side by side</h2>
          <p>
            <span aria-hidden="true">★</span> Best marks the best value in each row.
          </p>
        </div>
        <div className="field sbs-baseline">
          <label htmlFor={baselineSelectId}>Compare against</label>
          <select
            id={baselineSelectId}
            value={baselineId ?? ''}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            <option value="">No baseline</option>
            {doc.offers.map((offer) => (
              <option key={offer.id} value={offer.id}>
                {offer.current ? `${offer.company} (current job)` : offer.company}
              </option>
            ))}
          </select>
        </div>
      </div>
      {paged && (
        <div className="sbs-pager">
          <Button
            size="sm"
            disabled={start === 0}
            onClick={() => setFirstColumn(Math.max(0, start - COLUMNS_AT_ONCE))}
          >
            Previous offers
          </Button>
          <span className="small muted" aria-live="polite">
            Offers {start + 1}–{Math.min(start + COLUMNS_AT_ONCE, doc.offers.length)} of{' '}
            {doc.offers.length}
          </span>
          <Button
            size="sm"
            disabled={start + COLUMNS_AT_ONCE >= doc.offers.length}
            onClick={() => setFirstColumn(start + COLUMNS_AT_ONCE)}
          >
            Next offers
          </Button>
        </div>
      )}
      {phone ? (
        <>
          <div className="button-row sbs-groups" role="group" aria-label="Rows shown">
            {groups.map(({ name }) => (
              <Button
                key={name}
                size="sm"
                aria-pressed={open.has(name)}
                onClick={() => toggle(name)}
              >
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
      ) : (
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
                    {offer.id === baselineId && (
                      <span className="badge badge-accent">Baseline</span>
                    )}
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
                        {!expanded && (
                          <span className="small muted"> · {group.rows.length} rows</span>
                        )}
                      </button>
                    </th>
                  </tr>
                  {expanded &&
                    group.rows.map((row) => (
                      <tr key={row.key} className={`sbs-row sbs-${row.kind}`} data-row={row.key}>
                        <th scope="row">{row.label}</th>
                        {row.cells
                          .filter((cell) => shownIds.has(cell.offerId))
                          .map((cell) => (
                            <SideBySideCell
                              key={cell.offerId}
                              cell={cell}
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
      )}
    </section>
  );
});

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

function SideBySideCell({ cell, long }: { cell: Cell; long: boolean }) {
  return (
    <td
      className={cell.best ? 'is-best' : undefined}
      title={long && cell.text.length > 60 ? cell.text : undefined}
    >
      <CellBody cell={cell} />
    </td>
  );
}

function CellBody({ cell }: { cell: Cell }) {
  return (
    <>
      <span className="sbs-value num">{cell.text}</span>
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
