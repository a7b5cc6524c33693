// STUB — replaced by the data-transfer feature.
export function DataActions() {
  return null;
}
export function StorageBanner() {
  return null;
}
export function ShareLinkPrompt() {
  return null;
}
