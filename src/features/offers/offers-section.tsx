/*
 * The offers feature's entry points, composed by src/app: the list of offer
 * cards, the welcome shown while there are none, the header's Add offer
 * button and the offer editor dialog.
 */
export { AddOfferButton } from './add-offer-button';
export { OffersEmptyState } from './empty-state';
export { OfferEditor } from './offer-editor';
export { OffersSection } from './offers-list';
