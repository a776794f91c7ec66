/**
 * Generated logic models for benches: any number of boxes spread evenly over the seven levels, with
 * a mix of link shapes like a large real model's — mostly linear, some skip and feedback links, a few
 * within a level, and short loops — and Table 1's conditions in mixed states. With `progress`, every box
 * also carries 2 indicators, 3 evidence entries and a rating, dated around PROGRESS_TODAY so that some
 * ratings rest on evidence over a year old. Deterministic: the same options give the same model.
 */
import { boxXFor } from '../src/domain/lanes';
import { LEVEL_IDS, type LevelId } from '../src/domain/levels';
import {
  CONFIDENCE_VALUES,
  EVIDENCE_KINDS,
  PROGRESS_VALUES,
  type Box,
  type Condition,
  type EvidenceEntry,
  type Indicator,
  type Link,
  type MeasuredValue,
  type ModelContent,
} from '../src/domain/model';
import { parsePeriod, periodLabel, shiftPeriod } from '../src/domain/periods';
import { featuresAt } from '../src/evidence/features';
import { table1Conditions } from '../src/evidence/table1';
import { randomBelow, seededRandom, type Random } from './prng';

export interface GenerateModelOptions {
  readonly boxes: number;
  /** Links per box; 2 gives the budget's 2,000 boxes / 4,000 links. */
  readonly linksPerBox?: number;
  readonly seed?: number;
  /** Every box gets 2 indicators, 3 evidence entries (newest first) and a rating. */
  readonly progress?: boolean;
  /**
   * With `progress`: each box's first indicator is a measure with 12 quarters of figures and
   * targets (2022/23 Q4 to 2025/26 Q3, the last ended by PROGRESS_TODAY), a few with gaps and a few
   * with the latest quarter missing, as a partnership's performance lead would have entered them.
   */
  readonly measures?: boolean;
  /**
   * How far apart the rows of boxes are, top to top. The default (90) is a little less than a
   * box's height, so a lane is full from top to bottom; the routing bench and tests also use rows
   * with gaps between the boxes, as a tidied model has them.
   */
  readonly rowHeight?: number;
}

/** The day generated progress data is dated around: pass it to `analyse` as today. */
export const PROGRESS_TODAY = '2026-03-01';
const DAY_MS = 24 * 60 * 60 * 1000;
// Evidence up to about two and a half years old: roughly a third of ratings rest on stale evidence.
const OLDEST_EVIDENCE_DAYS = 900;

const LEVEL_COUNT = LEVEL_IDS.length;
const ROW_HEIGHT = 90;
// Share of links by how they are drawn; a "loop" draws a pair of links there and back.
const LINEAR_SHARE = 0.65;
const SKIP_SHARE = 0.12;
const FEEDBACK_SHARE = 0.12;
const SAME_LEVEL_SHARE = 0.05;
const NOTE_SHARE = 0.25;
const FEATURE_SHARE = 0.1;

/** Box numbers run round the levels, so level L holds boxes L, L + 7, L + 14, … */
function randomBoxAt(random: Random, level: number, boxCount: number): number {
  const atLevel = Math.ceil((boxCount - level) / LEVEL_COUNT);
  return level + LEVEL_COUNT * randomBelow(random, atLevel);
}

function makeBox(random: Random, index: number, rowHeight: number): Box {
  const level: LevelId = LEVEL_IDS[index % LEVEL_COUNT]!;
  const features = featuresAt(level);
  const feature = random() < FEATURE_SHARE ? features[randomBelow(random, features.length)]?.id : undefined;
  return {
    id: `b${index}`,
    level,
    label: `Box ${index}: partners agree how this ${level} strand is shared and reviewed`,
    x: boxXFor(level),
    y: 60 + Math.floor(index / LEVEL_COUNT) * rowHeight,
    ...(feature ? { feature } : {}),
  };
}

function daysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[randomBelow(random, values.length)]!;
}

/** 2 indicators, 3 evidence entries and a rating, as a partnership tracking every box would give it. */
function withProgress(random: Random, box: Box): Box {
  const indicators: Indicator[] = [
    { id: `${box.id}-i1`, text: 'Share of partners who say this strand works for them', source: 'Annual partner survey', baseline: '2 in 5', target: '4 in 5', due: daysBefore(PROGRESS_TODAY, -365) },
    { id: `${box.id}-i2`, text: 'Joint reviews completed on time', source: 'Case management records' },
  ];
  const ages = [randomBelow(random, OLDEST_EVIDENCE_DAYS), randomBelow(random, OLDEST_EVIDENCE_DAYS), randomBelow(random, OLDEST_EVIDENCE_DAYS)].sort((a, b) => a - b);
  const evidence: EvidenceEntry[] = ages.map((age, i) => ({
    id: `${box.id}-e${i + 1}`,
    date: daysBefore(PROGRESS_TODAY, age),
    kind: pick(random, EVIDENCE_KINDS),
    summary: 'Figures from the quarterly return, discussed at the partnership board',
    ...(i === 0 ? { source: 'Quarterly performance return', by: 'Partnership analyst' } : {}),
  }));
  const rating = { progress: pick(random, PROGRESS_VALUES), confidence: pick(random, CONFIDENCE_VALUES), date: daysBefore(PROGRESS_TODAY, ages[0]!) };
  return { ...box, indicators, evidence, rating };
}

const MEASURE_PERIODS = 12;
const FIRST_MEASURE_QUARTER = parsePeriod('2022/23 Q4')!;
const GAP_SHARE = 0.05;
const LATE_SHARE = 0.1;

/** The box's first indicator made a measure: a random walk of quarterly figures against a rising target. */
function withMeasure(random: Random, box: Box): Box {
  const [first, ...rest] = box.indicators!;
  let actual = 20 + randomBelow(random, 60);
  const late = random() < LATE_SHARE;
  const values: MeasuredValue[] = [];
  for (let i = 0; i < MEASURE_PERIODS - (late ? 1 : 0); i++) {
    actual = Math.max(0, actual + randomBelow(random, 9) - 4);
    const gap = random() < GAP_SHARE;
    values.push({
      period: periodLabel(shiftPeriod(FIRST_MEASURE_QUARTER, i)),
      ...(gap ? {} : { actual }),
      target: 40 + i * 2,
      status: i < MEASURE_PERIODS - 2 ? 'final' : 'provisional',
    });
  }
  const measure: Indicator = { ...first!, unit: '%', polarity: 'higher-is-better', frequency: 'quarterly', tolerance: 1, values };
  return { ...box, indicators: [measure, ...rest] };
}

function makeConditions(random: Random): Condition[] {
  return table1Conditions().map((condition): Condition => {
    const pick = randomBelow(random, 3);
    return condition.kind === 'assumption'
      ? { ...condition, status: (['holds', 'at-risk', 'unchecked'] as const)[pick]! }
      : { ...condition, status: (['managed', 'live', 'unchecked'] as const)[pick]! };
  });
}

export function generateModel(options: GenerateModelOptions): ModelContent {
  const boxCount = options.boxes;
  if (boxCount < 2 * LEVEL_COUNT) throw new Error(`A generated model needs at least ${2 * LEVEL_COUNT} boxes.`);
  const random = seededRandom(options.seed ?? 2015);
  const boxes = Array.from({ length: boxCount }, (_, index) => makeBox(random, index, options.rowHeight ?? ROW_HEIGHT));
  const wanted = Math.round(boxCount * (options.linksPerBox ?? 2));
  const links: Link[] = [];
  const drawn = new Set<string>();

  const addLink = (source: number, target: number, nonLinear: boolean): void => {
    const pair = `${source}>${target}`;
    // The editor refuses self-links and a second link between the same boxes; so does this.
    if (source === target || drawn.has(pair) || links.length >= wanted) return;
    drawn.add(pair);
    const note = nonLinear && random() < NOTE_SHARE ? 'Agreed at the partnership workshop' : undefined;
    links.push({ id: `l${links.length}`, source: `b${source}`, target: `b${target}`, ...(note ? { note } : {}) });
  };

  for (let attempt = 0; links.length < wanted && attempt < wanted * 10; attempt++) {
    const draw = random();
    if (draw < LINEAR_SHARE) {
      const level = randomBelow(random, LEVEL_COUNT - 1);
      addLink(randomBoxAt(random, level, boxCount), randomBoxAt(random, level + 1, boxCount), false);
    } else if (draw < LINEAR_SHARE + SKIP_SHARE) {
      const from = randomBelow(random, LEVEL_COUNT - 2);
      const to = from + 2 + randomBelow(random, LEVEL_COUNT - from - 2);
      addLink(randomBoxAt(random, from, boxCount), randomBoxAt(random, to, boxCount), true);
    } else if (draw < LINEAR_SHARE + SKIP_SHARE + FEEDBACK_SHARE) {
      const from = 1 + randomBelow(random, LEVEL_COUNT - 1);
      const to = randomBelow(random, from);
      addLink(randomBoxAt(random, from, boxCount), randomBoxAt(random, to, boxCount), true);
    } else if (draw < LINEAR_SHARE + SKIP_SHARE + FEEDBACK_SHARE + SAME_LEVEL_SHARE) {
      const level = randomBelow(random, LEVEL_COUNT);
      addLink(randomBoxAt(random, level, boxCount), randomBoxAt(random, level, boxCount), true);
    } else {
      const level = randomBelow(random, LEVEL_COUNT - 1);
      const there = randomBoxAt(random, level, boxCount);
      const back = randomBoxAt(random, level + 1, boxCount);
      addLink(there, back, false);
      addLink(back, there, true);
    }
  }

  // Its own sequence, so the boxes, links and conditions are the same with progress data or without.
  const progressRandom = seededRandom((options.seed ?? 2015) + 1);
  const measureRandom = seededRandom((options.seed ?? 2015) + 2);
  return {
    title: `Generated model, ${boxCount.toLocaleString('en-GB')} boxes`,
    boxes: options.progress ? boxes.map((box) => withProgress(progressRandom, box)).map((box) => (options.measures ? withMeasure(measureRandom, box) : box)) : boxes,
    links,
    conditions: makeConditions(random),
  };
}
