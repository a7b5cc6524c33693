// STUB — replaced by the comparison feature.
export function SideBySideTable() {
  return null;
}
