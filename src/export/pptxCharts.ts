/**
 * A measure's native line chart on a slide (issue 22), through pptxgenjs' addChart: two line series
 * in one plot, the actual solid with round points and the target dashed (pptxgenjs dashes a whole
 * chart, so each series is its own line chart of a combination). Part of the lazily loaded writer.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type PptxGenJS from 'pptxgenjs';
import { MEASURE_CHART_COLOURS, type SlideLineChart } from './measureSlides';

export function addLineChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: SlideLineChart): void {
  const labels = [...chart.categories];
  // pptxgenjs types its values as numbers; a null it writes as an empty point, made a gap by leaveGapsInCharts.
  const series = (name: string, values: readonly (number | null)[]) => [{ name, labels, values: values as number[] }];
  const line = (colourHex: string, dash: 'solid' | 'dash', symbol: 'circle' | 'none', showValue: boolean): PptxGenJS.IChartOpts => ({
    chartColors: [colourHex, colourHex],
    lineSize: dash === 'solid' ? 2.25 : 1.5,
    lineDash: dash,
    lineSmooth: false,
    lineDataSymbol: symbol,
    lineDataSymbolSize: 7,
    showValue,
    dataLabelPosition: 't',
    dataLabelFontSize: 10,
  });
  const parts: PptxGenJS.IChartMulti[] = [{ type: pptx.ChartType.line, data: series('Actual', chart.actual), options: line(MEASURE_CHART_COLOURS.actual, 'solid', 'circle', chart.categories.length <= 8) }];
  if (chart.target) parts.push({ type: pptx.ChartType.line, data: series('Target', chart.target), options: line(MEASURE_CHART_COLOURS.target, 'dash', 'none', false) });
  // For a combination pptxgenjs reads its options from the data argument when that is given: so none is.
  slide.addChart(parts, undefined as unknown as [], {
    objectName: chart.name,
    x: chart.x,
    y: chart.y,
    w: chart.w,
    h: chart.h,
    title: chart.title,
    showTitle: true,
    titleFontSize: 16,
    showLegend: true,
    legendPos: 'b',
    displayBlanksAs: 'gap',
    ...(chart.unit ? { showValAxisTitle: true, valAxisTitle: chart.unit } : {}),
    altText: chart.altText,
  });
}

/** pptxgenjs writes a missing value as an empty point, which PowerPoint may read as 0: leaving the point out makes it a gap. */
export function leaveGapsInCharts(file: Uint8Array): Uint8Array {
  const entries = unzipSync(file);
  for (const [path, bytes] of Object.entries(entries)) {
    if (!/^ppt\/charts\/chart\d+\.xml$/.test(path)) continue;
    const xml = strFromU8(bytes);
    const gapped = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    if (gapped !== xml) entries[path] = strToU8(gapped);
  }
  return zipSync(entries, { level: 6 });
}
