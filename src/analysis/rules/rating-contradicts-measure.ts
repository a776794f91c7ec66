import type { Box } from '../../domain/model';
import { formatMeasureValue } from '../../domain/measureWords';
import { periodWords } from '../../domain/periods';
import { PROGRESS_WORDS } from '../../domain/progress';
import { headlineMeasure, trendOf } from '../../domain/trend';
import { HAS_INDICATORS, RATED } from '../context';
import { MEANINGFUL_PERFORMANCE_MANAGEMENT } from '../passages';
import { boxFlag, rememberedPerBox, type Rule } from '../rule';
import type { Flag } from '../types';
import { capitalised } from '../wording';

/** Worsening this many periods running is a trend, not a blip. */
const WORSENING_RUN = 2;

/** What the headline measure says against the rating, in words; undefined when it bears the rating out. */
function contradiction(box: Box): string | undefined {
  const measure = headlineMeasure(box.indicators);
  if (!measure) return undefined;
  const trend = trendOf(measure);
  const latest = trend.latest;
  if (!latest) return undefined;
  const figure = `${formatMeasureValue(latest.actual, measure.unit)} in ${periodWords(latest.period)}`;
  if (trend.direction === 'worsening' && trend.run >= WORSENING_RUN) return `its measure “${measure.text}” has worsened ${trend.run} periods running (${figure})`;
  if (trend.againstTarget === 'not-met') return `its measure “${measure.text}” missed its target for ${periodWords(latest.period)} (${figure}, against ${formatMeasureValue(trend.target!, measure.unit)})`;
  return undefined;
}

// Every word comes from the box (its rating and its figures), so the flag is remembered per box.
const flagFor = rememberedPerBox((context, number) => {
  const box = context.boxes[number]!;
  const why = contradiction(box);
  if (why === undefined) return NOT_FLAGGED;
  const message = `${capitalised(context.nameWithLevelOf(number))} is rated ${PROGRESS_WORDS[box.rating!.progress]}, but ${why}. Look at the rating again, or add evidence that says why the figures do not tell the whole story.`;
  return boxFlag('rating-contradicts-measure', 'notice', box, message, MEANINGFUL_PERFORMANCE_MANAGEMENT);
});

const NOT_FLAGGED = { key: '' } as Flag;

/**
 * A box rated On track or Achieved while its headline measure (its first indicator with figures)
 * has worsened two periods running, or missed its latest figure's own target. "Nearly met" is
 * not a miss: a rating may fairly look past a figure within a tenth of its target.
 */
export const ratingContradictsMeasure: Rule = {
  kind: 'rating-contradicts-measure',
  check(context) {
    const { boxesInReadingOrder, boxProgress, boxes } = context;
    const flags: Flag[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      if ((boxProgress[number]! & (RATED | HAS_INDICATORS)) !== (RATED | HAS_INDICATORS)) continue;
      const progress = boxes[number]!.rating!.progress;
      if (progress !== 'on-track' && progress !== 'achieved') continue;
      const flag = flagFor(context, number);
      if (flag !== NOT_FLAGGED) flags.push(flag);
    }
    return flags;
  },
};
