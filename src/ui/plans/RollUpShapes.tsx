import { ProgressShape } from '../../canvas/ProgressBadge';
import { ROLL_UP_ORDER, rollUpWords, type RollUp } from '../../analysis/plans/rollup';
import type { ProgressCounts } from '../../analysis/plans/digest';
import { PROGRESS_WORDS } from '../../domain/progress';

/** Counts by progress as shapes and numbers, with the same words beside them (never colour alone). */
export function ProgressCountShapes({ counts, unrated, size = 12 }: { counts: ProgressCounts; unrated: number; size?: number }) {
  return (
    <span className="plan-shapes">
      {ROLL_UP_ORDER.filter((progress) => counts[progress] > 0).map((progress) => (
        <span key={progress} className="plan-shapes__item" title={PROGRESS_WORDS[progress]}>
          <ProgressShape progress={progress} size={size} />
          <span aria-hidden="true">{counts[progress]}</span>
        </span>
      ))}
      {unrated ? (
        <span className="plan-shapes__item plan-shapes__item--unrated" title="Not rated">
          <span aria-hidden="true">○ {unrated}</span>
        </span>
      ) : null}
    </span>
  );
}

/** A roll-up as shapes and words: "3 on track, 1 at risk". */
export function RollUpShapes({ rollup }: { rollup: RollUp }) {
  return (
    <span className="plan-rollup">
      <ProgressCountShapes counts={rollup.counts} unrated={rollup.unrated} />
      <span className="plan-rollup__words">{rollUpWords(rollup)}</span>
    </span>
  );
}
