/**
 * Turns free text into comparable word stems for matching a box's wording against the evidence
 * features: lower case, split at hyphens and punctuation, common words dropped, and a light suffix
 * stemming so that "sharing", "shared" and "share" meet. Deliberately crude: it only has to make a
 * box's words and the keyword table's words land on the same stem, never to be good English.
 */

const STOP_WORDS = new Set(
  // Not "all", "every", "each" or "other": they carry meaning in "all partners" or "trust each other".
  'a an the and or but nor of to in on at by for from with without into onto as than then is are be been being was were will would can could should may might must shall do does did has have had it its this that these those there here we our ours us they their them he she his her you your i my me who whom which what when where how any some more most much very so such not no also up out about over under between per via new'.split(' '),
);

/** Ordered longest first: the first that fits is taken. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ations', ''],
  ['ation', ''],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ed', ''],
  ['ly', ''],
  ['s', ''],
];

const MIN_STEM = 3;

export function stem(word: string): string {
  if (word.length <= MIN_STEM) return word;
  let result = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const candidate = word.slice(0, -suffix.length) + replacement;
    // "process", "status", "analysis": a final s that is not a plural.
    if (suffix === 's' && /(ss|us|is)$/.test(word)) break;
    if (candidate.length >= MIN_STEM) result = candidate;
    break;
  }
  if (result.length > MIN_STEM + 1 && result.endsWith('e')) result = result.slice(0, -1);
  // "planned" and "plan": undo the doubled consonant a suffix brought.
  if (result !== word && /([bdgmnprt])\1$/.test(result)) result = result.slice(0, -1);
  return result;
}

/** The stems of a text's meaningful words, in order. */
export function stems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’](s\b)?/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word))
    .map(stem);
}
