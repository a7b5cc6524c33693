// STUB — replaced by the offers feature.
export function OffersSection() {
  return null;
}
export function OffersEmptyState() {
  return null;
}
export function AddOfferButton() {
  return null;
}
export function OfferEditor() {
  return null;
}
