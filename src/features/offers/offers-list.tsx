import { useId, useRef } from 'react';
import { useDocument, useDocumentStore, useScores } from '../../store/document-context';
import { notify } from '../../store/notices';
import { useOfferEditor } from './editor-state';
import { canAddOffer, duplicateOffer, removeOffer, restoreOffer } from './offer-actions';
import { OfferCard } from './offer-card';
import './offers-list.css';

/** Every offer as a card with its score, rank and deadline, and Edit / Duplicate / Delete. */
export function OffersSection() {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const store = useDocumentStore();
  const document = useDocument();
  const scores = useScores();
  const { openEdit } = useOfferEditor();
  const { offers, settings } = document;
  const today = new Date();

  const duplicate = (offerId: string) => {
    if (!canAddOffer(store.getDocument())) {
      notify({ message: 'This list is full: delete an offer to add another.', tone: 'error' });
      return;
    }
    const id = crypto.randomUUID();
    store.update((doc) => duplicateOffer(doc, offerId, id, new Date().toISOString()));
    const copy = store.getDocument().offers.find((o) => o.id === id);
    if (copy) notify({ message: `Added ${copy.company}`, tone: 'success' });
  };

  const remove = (offerId: string) => {
    const { document: next, removed } = removeOffer(store.getDocument(), offerId);
    if (!removed) return;
    store.update(() => next);
    notify({
      message: `Deleted ${removed.offer.company}`,
      tone: 'info',
      action: {
        label: 'Undo',
        onAction: () => store.update((doc) => restoreOffer(doc, removed.offer, removed.index)),
      },
    });
    // The card and its buttons are gone: keep the keyboard in the list.
    headingRef.current?.focus();
  };

  return (
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
        {offers.map((offer, index) => {
          const score = scores.byId.get(offer.id);
          return (
            <OfferCard
              key={offer.id}
              offer={offer}
              index={index}
              score={score}
              unscored={scores.unscored.find((u) => u.offerId === offer.id)}
              rankedCount={scores.ranked.length}
              displayCurrency={settings.currency}
              horizonYears={settings.horizonYears}
              today={today}
              onEdit={() => openEdit(offer.id)}
              onDuplicate={() => duplicate(offer.id)}
              onDelete={() => remove(offer.id)}
            />
          );
        })}
      </ul>
    </section>
  );
}
