/**
 * Which level a column heading (or a Kumu element type) stands for, in the words partnerships use in
 * their logic-model tables (W.K. Kellogg and University of Wisconsin-Extension tables, Bennett's
 * hierarchy, this app's own lane names). The table is in this folder's CONTEXT.md and the README.
 */
import { LEVELS, type LevelId } from '../domain/levels';

/** Said in order: the first rule whose words a heading holds decides. Time words come first. */
const RULES: readonly { level: LevelId; words: readonly RegExp[] }[] = [
  { level: 'learning', words: [/\bshort term\b/, /\bimmediate outcomes?\b/] },
  { level: 'practice', words: [/\bmedium term\b/, /\bintermediate\b/, /\bmid term\b/] },
  { level: 'outcomes', words: [/\blong term\b/, /\bimpacts?\b/, /\bfinal outcomes?\b/, /\bultimate\b/] },
  { level: 'inputs', words: [/\binputs?\b/, /\bresources?\b/, /\binvestments?\b/, /\bwhat we invest\b/] },
  { level: 'activities', words: [/\bactivit(y|ies)\b/, /\bwhat we do\b/] },
  { level: 'engagement', words: [/\boutputs?\b/, /\bparticipa(nts|tion)\b/, /\bengagement\b/, /\bwho we reach\b/, /\breach\b/] },
  { level: 'reactions', words: [/\breactions?\b/] },
  { level: 'learning', words: [/\blearning\b/, /\bknowledge\b/, /\bskills?\b/, /\battitudes?\b/] },
  { level: 'practice', words: [/\bbehaviou?rs?\b/, /\bpractice\b/] },
  { level: 'outcomes', words: [/\boutcomes?\b/] },
];

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The level a heading names, or undefined when it names none. */
export function levelForHeading(heading: string): LevelId | undefined {
  const words = normalise(heading);
  if (!words) return undefined;
  // This app's own lane names and level ids, exactly.
  const exact = LEVELS.find((level) => normalise(level.name) === words || level.id === words);
  if (exact) return exact.id;
  return RULES.find((rule) => rule.words.some((pattern) => pattern.test(words)))?.level;
}
