/**
 * The domain's public face: everything the UI and independent checks use.
 * The app itself imports core.ts (what the first render needs) and
 * trade-offs.ts (what only lazily loaded panels need), so that a bundler
 * keeps the insights' code out of the first load; this file joins the two.
 */
export * from './core';
export * from './trade-offs';
