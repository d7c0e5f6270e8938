/**
 * How many claim words within `claimReach` of claim word `i` are aligned with evidence words within `evidenceReach`
 * of evidence word `j` (`claimLinked`: each claim word's evidence word, or -1).
 */
export function alignedAround(
  claimLength: number,
  i: number,
  j: number,
  claimLinked: Int32Array,
  claimReach: number,
  evidenceReach: number,
): number {
  let shared = 0;
  for (let k = Math.max(0, i - claimReach); k <= Math.min(claimLength - 1, i + claimReach); k++) {
    const linked = claimLinked[k] ?? -1;
    if (k !== i && linked >= 0 && Math.abs(linked - j) <= evidenceReach) shared++;
  }
  return shared;
}
