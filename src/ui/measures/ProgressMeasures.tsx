import type { MeasureRow } from '../progressRows';
import { MEASURE_DIRECTION_WORDS } from '../../domain/measureWords';
import { Sparkline } from './LazyCharts';
import { MeasureDirectionShape } from './MeasureWords';

/** A box's measures in the Progress tab: per measure a sparkline, its direction's shape and the words. */
export function ProgressMeasures({ measures }: { measures: readonly MeasureRow[] }) {
  if (!measures.length) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">no figures</span>
      </>
    );
  }
  return (
    <ul className="progress-measures">
      {measures.map((measure) => (
        <li key={measure.indicator.id}>
          <Sparkline indicator={measure.indicator} />
          {measure.direction ? (
            <span title={MEASURE_DIRECTION_WORDS[measure.direction]}>
              <MeasureDirectionShape direction={measure.direction} />
            </span>
          ) : null}
          <span>{measure.words}</span>
        </li>
      ))}
    </ul>
  );
}
