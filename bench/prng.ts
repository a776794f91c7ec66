/**
 * A small seeded pseudo-random generator (mulberry32), so that generated bench models are the same
 * on every machine and every run: figures from different days compare like with like.
 */
export type Random = () => number;

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from 0 to below - 1. */
export function randomBelow(random: Random, below: number): number {
  return Math.floor(random() * below);
}
