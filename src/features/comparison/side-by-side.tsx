import { memo, useId, useState, useSyncExternalStore } from 'react';
import { currentJob } from '../../domain/document/current-job';
import { type TradeoffDocument } from '../../domain/document/schema';
import type { TaxRules } from '../../domain/tax/rules';
import { useInView } from '../../components/use-in-view';
import { derive } from '../../lib/derive';
import { useDocument, useTaxRules } from '../../store/document-context';
import { selectPayBasis, selectScores } from '../../store/scores';
import { useCatchUpDocument } from '../../store/use-catch-up-document';
import { sideBySideRows } from './side-by-side-rows';
import { SbsCards, SbsPager, SbsTable, type PageOffer } from './side-by-side-views';
import { sideBySideGroups, taxGroup } from './side-by-side-spec';
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

/**
 * The rows of pay before and after tax, once per pay basis and tax rules: each offer's tax is
 * worked out once, and a weight step, which moves only the scores, keeps it.
 */
const selectTaxGroup = derive(
  (doc: TradeoffDocument, rules: TaxRules) => [selectPayBasis(doc, rules).settings, rules],
  (settings, rules) => taxGroup(settings, rules),
);

/** The table's rows, once per document, tax rules and baseline. */
export const selectSideBySideRows = derive(
  (doc: TradeoffDocument, rules: TaxRules, baselineId: string | null) => [doc, rules, baselineId],
  (doc, rules, baselineId) =>
    sideBySideRows(
      doc,
      selectScores(doc, rules).byId,
      baselineId,
      sideBySideGroups(doc.settings, rules, selectTaxGroup(doc, rules)),
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
    .map((offer, index): PageOffer => ({ offer, index }))
    .slice(start, start + COLUMNS_AT_ONCE);
  const baseline = doc.offers.findIndex((o) => o.id === baselineId);
  if (baseline >= 0 && !page.some(({ index }) => index === baseline))
    page.unshift({ offer: doc.offers[baseline]!, index: baseline });
  const paged = doc.offers.length > COLUMNS_AT_ONCE;
  const toggle = (name: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(name)) next.add(name);
      return next;
    });

  const view = { page, groups, open, toggle, baselineId };

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
        <SbsPager
          start={start}
          count={doc.offers.length}
          perPage={COLUMNS_AT_ONCE}
          onStart={setFirstColumn}
        />
      )}
      {phone ? <SbsCards {...view} /> : <SbsTable {...view} />}
    </section>
  );
});
