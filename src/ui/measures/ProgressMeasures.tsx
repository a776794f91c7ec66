import { memo } from 'react';
import type { MeasureRow } from '../progressRows';
import { Sparkline } from './LazyCharts';
import { DirectionAndWords } from '../../canvas/MeasureDirection';
import './measures.css';

/** A box's measures in the Progress tab: per measure a sparkline, its direction's shape and the words. */
export const ProgressMeasures = memo(function ProgressMeasures({ measures }: { measures: readonly MeasureRow[] }) {
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
          <DirectionAndWords direction={measure.direction} words={measure.words} />
        </li>
      ))}
    </ul>
  );
});
