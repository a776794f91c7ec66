/**
 * Diff bench: `diffModels` on two 2,000-box / 4,000-link models with progress data (2 indicators,
 * 3 evidence entries and a rating per box), the later one changed in every way a reporting period
 * changes a model, against the budget in issue 15: a median of at most 20 ms in Node.
 *
 * Both models are read back as from storage (through JSON). `copied`: the later model shares no object
 * with the earlier one, as when a version is compared with the present — every box is compared field
 * by field (the budget's case). `shared`: the later model is the earlier one edited, sharing every
 * unchanged box, as when comparing a version saved in this session with now. Also: the words and canvas marks of the change list, and `analyse`
 * on the later model with the earlier as its previous version (the rating-improved-without-evidence
 * flag) against `analyse` without one.
 */
import os from 'node:os';
import { analyse } from '../src/analysis';
import { marksForChanges } from '../src/analysis/changeMarks';
import { changeCountsInWords, changeInWords } from '../src/analysis/changeWords';
import { diffModels } from '../src/domain/diff';
import { LEVEL_IDS } from '../src/domain/levels';
import type { Box, Condition, Link, ModelContent, Progress } from '../src/domain/model';
import { PROGRESS_VALUES } from '../src/domain/model';
import { generateModel, PROGRESS_TODAY } from './generateModel';
import { randomBelow, seededRandom } from './prng';
import { median, percentile, roundMs } from './stats';

const BOXES = 2_000;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 30;
const BUDGET_MEDIAN_MS = 20;
/** The earlier model is saved as a version on this day; generated evidence runs up to PROGRESS_TODAY. */
const SAVED_AT = '2026-01-15T10:00:00Z';

/** npm run bench starts Node with --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function summarise(timings: readonly number[]) {
  return {
    runs: timings.length,
    medianMs: roundMs(median(timings)),
    p95Ms: roundMs(percentile(timings, 95)),
    minMs: roundMs(Math.min(...timings)),
  };
}

function timed(work: () => unknown): number[] {
  for (let run = 0; run < WARM_UP_RUNS; run++) work();
  return Array.from({ length: TIMED_RUNS }, () => {
    collectGarbage?.();
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

/**
 * A reporting period's edits: boxes relabelled, moved to another level, removed (with their links)
 * and added; links removed, added and re-noted; ratings moved up and down; evidence added; indicator
 * targets changed; conditions reviewed. Unchanged boxes and links are the same objects as before.
 */
export function changedPeriod(before: ModelContent): ModelContent {
  const random = seededRandom(15);
  const pick = (count: number) => {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(randomBelow(random, before.boxes.length));
    return chosen;
  };
  const relabelled = pick(60);
  const moved = pick(20);
  const removed = pick(20);
  const rerated = pick(150);
  const evidenced = pick(80);
  const retargeted = pick(30);
  const boxes: Box[] = [];
  before.boxes.forEach((box, i) => {
    if (removed.has(i)) return;
    let next = box;
    if (relabelled.has(i)) next = { ...next, label: `${next.label} (revised)` };
    if (moved.has(i)) next = { ...next, level: LEVEL_IDS[(LEVEL_IDS.indexOf(next.level) + 1) % LEVEL_IDS.length]! };
    if (rerated.has(i) && next.rating) {
      const progress: Progress = PROGRESS_VALUES[randomBelow(random, PROGRESS_VALUES.length)]!;
      next = { ...next, rating: { ...next.rating, progress, date: PROGRESS_TODAY } };
    }
    if (evidenced.has(i)) next = { ...next, evidence: [{ id: `${box.id}-new`, date: PROGRESS_TODAY, kind: 'feedback', summary: 'Partner survey, spring' }, ...(next.evidence ?? [])] };
    if (retargeted.has(i) && next.indicators?.[0]) next = { ...next, indicators: [{ ...next.indicators[0], target: '9 in 10' }, ...next.indicators.slice(1)] };
    boxes.push(next);
  });
  for (let i = 0; i < 20; i++) boxes.push({ id: `new${i}`, level: LEVEL_IDS[i % LEVEL_IDS.length]!, label: `New strand ${i}`, x: 0, y: 0 });
  const present = new Set(boxes.map((box) => box.id));
  const links: Link[] = before.links
    .filter((link, i) => i % 100 !== 7 && present.has(link.source) && present.has(link.target))
    .map((link, i) => (i % 150 === 3 ? { ...link, note: 'Reviewed at the autumn workshop' } : link));
  for (let i = 0; i < 40; i++) links.push({ id: `nl${i}`, source: `new${i % 20}`, target: boxes[randomBelow(random, boxes.length - 20)]!.id });
  const conditions: Condition[] = before.conditions.map((condition, i) =>
    i < 3 ? (condition.kind === 'assumption' ? { ...condition, status: 'holds' } : { ...condition, status: 'managed' }) : condition,
  );
  return { ...before, title: `${before.title}, autumn`, boxes, links, conditions };
}

/**
 * A model as read back from storage or a file: through JSON, so nothing is shared and every text is a
 * flat string. (The generator builds labels from template strings, which V8 keeps as ropes that are
 * slower to compare; no model the app diffs is made that way.)
 */
const stored = (content: ModelContent): ModelContent => JSON.parse(JSON.stringify(content)) as ModelContent;

export async function run() {
  const before = stored(generateModel({ boxes: BOXES, progress: true }));
  const after = changedPeriod(before);
  const afterCopied = stored(after);
  const changes = diffModels(before, afterCopied);
  if (changes.length !== diffModels(before, after).length) throw new Error('The copied and shared models differ.');

  const loadBefore = os.loadavg()[0]!;
  const copiedTimings = timed(() => diffModels(before, afterCopied));
  const sharedTimings = timed(() => diffModels(before, after));
  const wordsAndMarks = timed(() => {
    changeCountsInWords(changes);
    changes.map(changeInWords);
    marksForChanges(changes);
  });
  const previous = { savedAt: SAVED_AT, content: stored(before) };
  const withPrevious = timed(() => analyse(afterCopied, PROGRESS_TODAY, previous));
  const withoutPrevious = timed(() => analyse(afterCopied, PROGRESS_TODAY));
  const improvedFlags = analyse(afterCopied, PROGRESS_TODAY, previous).filter((flag) => flag.kind === 'rating-improved-without-evidence').length;

  const byGroup: Record<string, number> = {};
  for (const change of changes) byGroup[change.group] = (byGroup[change.group] ?? 0) + 1;
  const medianMet = median(copiedTimings) <= BUDGET_MEDIAN_MS;
  return {
    boxes: { before: before.boxes.length, after: after.boxes.length },
    links: { before: before.links.length, after: after.links.length },
    changes: { total: changes.length, byGroup },
    copied: summarise(copiedTimings),
    shared: summarise(sharedTimings),
    wordsAndMarks: summarise(wordsAndMarks),
    analyse: {
      withPrevious: summarise(withPrevious),
      withoutPrevious: summarise(withoutPrevious),
      ratingImprovedWithoutEvidenceFlags: improvedFlags,
    },
    // The machine's 1-minute load average around the runs: on a shared machine, other work lengthens every timing.
    loadAverage: { before: roundMs(loadBefore), after: roundMs(os.loadavg()[0]!), cpus: os.cpus().length },
    budget: { medianMs: BUDGET_MEDIAN_MS },
    met: { medianCopied: medianMet, all: medianMet },
  };
}
