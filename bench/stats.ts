/** Summary statistics for bench timings. */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No timings to summarise.');
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2;
}

/** The nearest-rank percentile: the smallest timing at least `percent` % of runs did not exceed. */
export function percentile(values: readonly number[], percent: number): number {
  const ordered = sorted(values);
  return ordered[Math.max(0, Math.ceil((percent / 100) * ordered.length) - 1)]!;
}

/** Milliseconds to two decimals, as the bench prints them. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
