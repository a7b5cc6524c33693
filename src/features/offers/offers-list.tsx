import { useId, useRef, useState } from 'react';
import { basisWords } from '../../domain/scoring/basis';
import { Button } from '../../components/button';
import { useInView } from '../../components/use-in-view';
import { useDocument, useDocumentStore, useTaxRules } from '../../store/document-context';
import { selectFirstYears, selectScores } from '../../store/scores';
import { useCatchUpDocument } from '../../store/use-catch-up-document';
import { useNotify } from '../../store/app-context';
import { useOfferEditor } from './editor-state';
import {
  canAddOffer,
  duplicateOffer,
  removeOffer,
  undoRemoval,
  type RemovedOffer,
} from './offer-actions';
import { OfferCard } from './offer-card';
import { isolate } from '../../lib/isolate';
import './offers-list.css';

/** Cards shown at once; "Show more" adds as many again. */
export const CARDS_AT_ONCE = 12;

/**
 * Every offer as a card with its score, rank and deadline, and Edit /
 * Duplicate / Delete; with many offers, the first dozen and "Show more".
 * Cards follow a dragged weight after the ranking (and, out of view, once it
 * pauses).
 */
export function OffersSection() {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const store = useDocumentStore();
  const notify = useNotify();
  const [slot, inView] = useInView<HTMLDivElement>();
  const document = useCatchUpDocument(useDocument(), { inView });
  const rules = useTaxRules();
  const scores = selectScores(document, rules);
  const firstYears = selectFirstYears(document, rules);
  const [shown, setShown] = useState(CARDS_AT_ONCE);
  const { openEdit } = useOfferEditor();
  const { offers, settings } = document;
  const today = new Date();

  const duplicate = (offerId: string) => {
    if (!canAddOffer(store.get())) {
      notify({ message: 'This list is full: delete an offer to add another.', tone: 'error' });
      return;
    }
    const id = crypto.randomUUID();
    store.update((doc) => duplicateOffer(doc, offerId, id, new Date().toISOString()));
    const copy = store.get().offers.find((o) => o.id === id);
    if (copy) notify({ message: `Added ${isolate(copy.company)}`, tone: 'success' });
  };

  const undoRemove = (removed: RemovedOffer) => {
    const { company } = removed.offer;
    const { document: restored, outcome } = undoRemoval(store.get(), removed);
    if (outcome === 'restored') store.update(() => restored);
    else if (outcome === 'full')
      notify({
        message: `This list is full: delete an offer to bring ${isolate(company)} back.`,
        tone: 'error',
      });
    else
      notify({
        message: `${isolate(company)} is back already, so there was nothing to undo.`,
        tone: 'info',
      });
  };

  const remove = (offerId: string) => {
    const { document: next, removed } = removeOffer(store.get(), offerId);
    if (!removed) return;
    store.update(() => next);
    notify({
      message: `Deleted ${isolate(removed.offer.company)}`,
      tone: 'info',
      actions: [{ label: 'Undo', onAction: () => undoRemove(removed) }],
    });
    // The card and its buttons are gone: keep the keyboard in the list.
    headingRef.current?.focus();
  };

  const hidden = offers.length - shown;
  return (
    <div ref={slot} className="panel-slot">
      <section className="panel offers-panel" aria-labelledby={headingId}>
        <div className="panel-header">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            Offers
          </h2>
          <p>
            {offers.length === 1 ? '1 offer' : `${offers.length} offers`} · colours match the charts
          </p>
        </div>
        <ul className="offer-grid">
          {offers.slice(0, shown).map((offer, index) => {
            const score = scores.byId.get(offer.id);
            return (
              <OfferCard
                key={offer.id}
                offer={offer}
                index={index}
                score={score && { ...score, firstYear: firstYears.get(offer.id) ?? null }}
                unscored={scores.unscored.find((u) => u.offerId === offer.id)}
                rankedCount={scores.ranked.length}
                displayCurrency={settings.currency}
                basis={basisWords(settings.compareOn)}
                horizonYears={settings.horizonYears}
                today={today}
                onEdit={() => openEdit(offer.id)}
                onDuplicate={() => duplicate(offer.id)}
                onDelete={() => remove(offer.id)}
              />
            );
          })}
        </ul>
        {hidden > 0 && (
          <div className="offer-more">
            <Button size="sm" onClick={() => setShown((n) => n + CARDS_AT_ONCE)}>
              Show {Math.min(hidden, CARDS_AT_ONCE)} more
            </Button>
            <span className="small muted">
              {shown} of {offers.length} shown
            </span>
          </div>
        )}
      </section>
    </div>
  );
}
