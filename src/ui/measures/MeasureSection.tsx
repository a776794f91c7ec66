/**
 * An indicator's measure in the details panel: how it is counted, its figures, and, once it has
 * any, its trend in words and its chart.
 */
import { memo, useDeferredValue } from 'react';
import type { Indicator } from '../../domain/model';
import { isMeasure } from '../../domain/trend';
import { FiguresGrid } from './FiguresGrid';
import { ChartOrTable } from './ChartOrTable';
import { MeasureFields } from './MeasureFields';
import { MeasureTrendWords } from './MeasureWords';

/**
 * Drawn again only when its own indicator changes: typing in one measure leaves the box's others
 * alone. The words and the chart follow the figures a moment later, so that a keystroke in a cell
 * is drawn without waiting for the chart.
 */
export const MeasureSection = memo(function MeasureSection({ boxId, indicator, number }: { boxId: string; indicator: Indicator; number: number }) {
  const shown = useDeferredValue(indicator);
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
