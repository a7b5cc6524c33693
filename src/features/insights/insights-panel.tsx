// STUB — replaced by the insights feature.
export function InsightsPanel() {
  return null;
}
