/**
 * An indicator's measure in the details panel: how it is counted, its figures, and, once it has
 * any, its trend in words and its chart.
 */
import { memo } from 'react';
import type { Indicator } from '../../domain/model';
import { isMeasure } from '../../domain/trend';
import { FiguresGrid } from './FiguresGrid';
import { ChartOrTable } from './ChartOrTable';
import { MeasureFields } from './MeasureFields';
import { MeasureTrendWords } from './MeasureWords';
import { useSettledValue } from './useSettledValue';

/** How long typing in the grid pauses before the words and the chart follow it. */
const FOLLOW_TYPING_AFTER_MS = 250;

/**
 * Drawn again only when its own indicator changes: typing in one measure leaves the box's others
 * alone. The words and the chart follow the figures once typing pauses, so that a keystroke in a
 * cell costs what a keystroke in a text field does: its row, not the chart.
 */
export const MeasureSection = memo(function MeasureSection({ boxId, indicator, number }: { boxId: string; indicator: Indicator; number: number }) {
  const shown = useSettledValue(indicator, FOLLOW_TYPING_AFTER_MS);
  return (
    <div className="measure">
      <MeasureFields boxId={boxId} indicator={indicator} number={number} />
      <FiguresGrid boxId={boxId} indicator={indicator} number={number} />
      {isMeasure(shown) ? (
        <>
          <p className="measure__trend">
            <MeasureTrendWords indicator={shown} />
          </p>
          <ChartOrTable indicator={shown} number={number} />
        </>
      ) : null}
    </div>
  );
});
