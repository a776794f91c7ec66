/**
 * An indicator's measure in the details panel: how it is counted, its figures, and, once it has
 * any, its trend in words and its chart.
 */
import type { Box, Indicator } from '../../domain/model';
import { isMeasure } from '../../domain/trend';
import { FiguresGrid } from './FiguresGrid';
import { ChartOrTable } from './ChartOrTable';
import { MeasureFields } from './MeasureFields';
import { MeasureTrendWords } from './MeasureWords';

export function MeasureSection({ box, indicator, number }: { box: Box; indicator: Indicator; number: number }) {
  return (
    <div className="measure">
      <MeasureFields box={box} indicator={indicator} number={number} />
      <FiguresGrid box={box} indicator={indicator} number={number} />
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
}
