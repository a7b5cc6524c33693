// STUB — replaced by the comparison feature.
export function RankingPanel() {
  return null;
}
