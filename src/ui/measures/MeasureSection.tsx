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

/** Drawn again only when its own indicator changes: typing in one measure leaves the box's others alone. */
export const MeasureSection = memo(function MeasureSection({ boxId, indicator, number }: { boxId: string; indicator: Indicator; number: number }) {
  return (
    <div className="measure">
      <MeasureFields boxId={boxId} indicator={indicator} number={number} />
      <FiguresGrid boxId={boxId} indicator={indicator} number={number} />
      {isMeasure(indicator) ? (
        <>
          <p className="measure__trend">
            <MeasureTrendWords indicator={indicator} />
          </p>
          <ChartOrTable indicator={indicator} number={number} />
        </>
      ) : null}
    </div>
  );
});
