import { memo, useMemo } from 'react';
import { DirectionAndWords } from '../../canvas/MeasureDirection';
import type { Indicator } from '../../domain/model';
import { measureSummary } from '../../domain/measureWords';
import { trendOf } from '../../domain/trend';
import './measures.css';

/** A measure's trend in words, with its direction's shape. */
export const MeasureTrendWords = memo(function MeasureTrendWords({ indicator }: { indicator: Indicator }) {
  const { words, direction } = useMemo(() => {
    const trend = trendOf(indicator);
    return { words: measureSummary(indicator, trend), direction: trend.direction };
  }, [indicator]);
  return <DirectionAndWords direction={direction} words={words} />;
});
