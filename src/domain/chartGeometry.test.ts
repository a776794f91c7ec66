import { describe, expect, it } from 'vitest';
import { CHART_BOX, measureChartGeometry, SPARKLINE_BOX } from './chartGeometry';
import type { Indicator } from './model';

const HOUSED: Indicator = {
  id: 'i1',
  text: 'Families housed',
  unit: 'families',
  polarity: 'higher-is-better',
  frequency: 'annual',
  values: [
    { period: '2021/22', actual: 10, target: 20 },
    { period: '2022/23', actual: 14, target: 25 },
    { period: '2023/24', target: 30 },
    // 2024/25 has no entry at all: a gap too.
    { period: '2025/26', actual: 18, target: 35 },
    { period: '2026/27', actual: 22, target: 40 },
  ],
};

/** The pieces of a path: each "M" starts one. */
function pieces(path: string): string[] {
  return path.split('M').filter(Boolean);
}

describe('a measure chart’s geometry', () => {
  const chart = measureChartGeometry(HOUSED);

  it('spans every period from the first to the last, missing ones included', () => {
    expect(chart.periods).toEqual(['2021/22', '2022/23', '2023/24', '2024/25', '2025/26', '2026/27']);
    expect(chart.actualPoints.map((point) => point.period)).toEqual(['2021/22', '2022/23', '2025/26', '2026/27']);
  });

  it('breaks the actual line at the gaps, never drawing a gap as zero', () => {
    expect(pieces(chart.actualPath)).toHaveLength(2);
    const zeroY = chart.plot.bottom;
    expect(chart.actualPoints.every((point) => point.y < zeroY)).toBe(true);
  });

  it('draws the target as its own series, broken only where a period has no target', () => {
    expect(chart.targetPoints.map((point) => point.value)).toEqual([20, 25, 30, 35, 40]);
    expect(pieces(chart.targetPath)).toHaveLength(2);
  });

  it('puts higher values higher and the periods left to right inside the plot', () => {
    const [first, second] = chart.actualPoints;
    expect(second!.y).toBeLessThan(first!.y);
    expect(second!.x).toBeGreaterThan(first!.x);
    for (const point of [...chart.actualPoints, ...chart.targetPoints]) {
      expect(point.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(point.x).toBeLessThanOrEqual(chart.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(point.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
  });

  it('labels the latest value with its unit, kept inside the chart', () => {
    const latest = chart.actualPoints[chart.actualPoints.length - 1]!;
    expect(chart.latestLabel).toMatchObject({ text: '22 families', anchor: 'end' });
    expect(chart.latestLabel!.x).toBeLessThanOrEqual(CHART_BOX.width);
    expect(Math.abs(chart.latestLabel!.y - latest.y)).toBeLessThan(20);
  });

  it('labels the axes: the last period always, values as numbers', () => {
    expect(chart.xTicks.at(-1)!.text).toBe('2026/27');
    expect(chart.xTicks.length).toBeLessThanOrEqual(CHART_BOX.xLabels!);
    expect(chart.yTicks.length).toBeGreaterThan(1);
    expect(chart.yTicks.every((tick) => /^-?[\d,.]+$/.test(tick.text))).toBe(true);
  });

  it('draws a sparkline without axes', () => {
    const spark = measureChartGeometry(HOUSED, SPARKLINE_BOX);
    expect(spark.xTicks).toEqual([]);
    expect(spark.yTicks).toEqual([]);
    expect(pieces(spark.actualPath)).toHaveLength(2);
  });

  it('draws one figure as a point, and none as nothing', () => {
    const one = measureChartGeometry({ id: 'x', text: 'X', values: [{ period: '2025/26', actual: 5 }] });
    expect(one.actualPoints).toHaveLength(1);
    expect(one.latestLabel?.text).toBe('5');
    expect(one.targetPath).toBe('');
    const none = measureChartGeometry({ id: 'x', text: 'X', values: [{ period: '2025/26' }] });
    expect(none.actualPath).toBe('');
    expect(none.latestLabel).toBeUndefined();
  });

  it('fills the missing months of a monthly measure', () => {
    const monthly = measureChartGeometry({ id: 'm', text: 'M', frequency: 'monthly', values: [{ period: '2025-11', actual: 1 }, { period: '2026-02', actual: 2 }] });
    expect(monthly.periods).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
