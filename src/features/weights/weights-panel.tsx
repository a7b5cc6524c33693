// STUB — replaced by the weights feature.
export function WeightsPanel() {
  return null;
}
