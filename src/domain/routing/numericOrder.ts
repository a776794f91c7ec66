/**
 * Indices ordered by a number each, with the engine's own numeric sort. A comparator called from a
 * sort runs many times slower than the engine's sort of plain numbers, and routing sorts thousands
 * of events, pieces and stretches each time: each key is rounded down to a grain (1/1024 of a unit
 * unless told) and packed with its index into one number, so that one numeric sort orders both.
 */
import { compare } from './tracks';

const PACK = 2 ** 20;
/** A packed key must stay a whole number below 2⁵³: a rounded key within ±2³³, an index below 2²⁰. */
const LARGEST_ROUNDED = 2 ** 33;
let packed = new Float64Array(1024);
const FEW = 16;

/**
 * Writes into order[begin..end) the indices begin..end−1 ordered by key (ties by index). Keys closer
 * than a grain may come in either order; with `roundKeys`, each key is replaced by its rounded value,
 * so that the keys read in that order never go down. Keys too far out, or over a million indices,
 * fall back to a comparator.
 */
export function orderByKey(key: Float64Array, begin: number, end: number, order: Uint32Array, options: { grain?: number; roundKeys?: boolean } = {}): void {
  const grain = options.grain ?? 1024;
  const n = end - begin;
  let plain = n >= PACK;
  for (let k = begin; k < end && !plain; k++) plain = !(Math.abs(key[k]! * grain) < LARGEST_ROUNDED);
  if (n <= FEW && !plain) {
    // A few: an insertion sort costs less than making a view and calling the engine's sort.
    for (let k = begin; k < end; k++) {
      if (options.roundKeys) key[k] = Math.floor(key[k]! * grain) / grain;
      let at = k;
      while (at > begin && key[order[at - 1]!]! > key[k]!) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = k;
    }
    return;
  }
  if (plain) {
    for (let k = begin; k < end; k++) order[k] = k;
    order.subarray(begin, end).sort((p, q) => compare(key[p]!, key[q]!) || p - q);
    return;
  }
  if (packed.length < n) packed = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const rounded = Math.floor(key[begin + k]! * grain);
    if (options.roundKeys) key[begin + k] = rounded / grain;
    packed[k] = rounded * PACK + k;
  }
  const sorted = packed.subarray(0, n).sort();
  for (let k = 0; k < n; k++) order[begin + k] = begin + (sorted[k]! - Math.floor(sorted[k]! / PACK) * PACK);
}
