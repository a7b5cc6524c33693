/**
 * The domain's public face: everything the UI and independent checks use.
 * The app itself imports core.ts (what the first render needs) and
 * trade-offs.ts (what only lazily loaded panels need), so that a bundler
 * keeps the insights' code out of the first load; this file joins the two.
 */
export * from './core';
export * from './trade-offs';
// The words for a merge's conflicts load when a merge has one (storage/merge-notices.ts).
export { applyMine, describeConflict } from './merge-conflicts';
// The schema's view of each field loads with the offer form.
export { fieldBounds, fieldDefault, fieldSchema } from './offer-field-schema';
export type { Bounds } from './offer-field-schema';
// A private grant's outlook loads with the offer form.
export { privateOutlook } from './equity-outlook';
export type { ExitOutcome, PrivateOutlook } from './equity-outlook';
// The CSV writer loads on its own when Export CSV is chosen (export-files.ts).
export { CSV_HEADERS, csvCell, documentToCsv, toCsv } from './csv';
export type { CsvValue } from './csv';
export { ALL_TAX_PLACES, netCompensation, taxPlaces } from './tax/all';
export type { TaxPlaceInfo } from './tax/all';
export { registerTaxPlaces, rulesFor, taxChoice } from './tax/net';
export type { NetCompensation, NetYear, TaxRules } from './tax/net';
export { TAX_PLACE_OPTIONS, taxPlaceLabel } from './tax-places';
export { bracketTax } from './tax/types';
export type { Bracket, PlaceRules, Source, YearRules } from './tax/types';
