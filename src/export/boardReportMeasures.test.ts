// @vitest-environment jsdom
import { PNG } from 'pngjs';
import { strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoardReport } from './boardReport';
import { readDocx, tableRowsOf, type ReadDocx } from './testing/docxReading';
import { measuredModel, sampleModel } from './testing/fixtures';

/** A small white picture: the diagram's pixels do not matter here. */
function blankDiagram() {
  const png = new PNG({ width: 40, height: 20, colorType: 2 });
  png.data.fill(255);
  return { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: 40, height: 20 };
}

describe('the board report’s Measures section (issue 22)', () => {
  let docx: ReadDocx;
  let allText: string;

  beforeAll(async () => {
    docx = readDocx(await buildBoardReport(measuredModel(), { page: 'a4', today: '2026-12-01', flags: [], diagram: blankDiagram() }));
    allText = docx.paragraphs.join('\n');
  }, 30_000);

  it('gives each measure under its box, in reading order, with the trend in words', () => {
    const headings = docx.paragraphs.slice(docx.paragraphs.indexOf('Measures'));
    expect(headings).toContain('Pooled budget & shared "mandate": Families housed');
    expect(headings).toContain('Reduced reoffending: Days waited for a first review');
    expect(headings.indexOf('Pooled budget & shared "mandate": Families housed')).toBeLessThan(headings.indexOf('Reduced reoffending: Days waited for a first review'));
    expect(allText).toContain('Families housed: 22 families in 2024/25, improving for two periods; target 40 families not met.');
    expect(allText).toContain('Up 10 families since 2021/22 (12 families).');
    expect(allText).toContain('Unit: families. Higher is better. Annual. Source: Housing <register>.');
    expect(allText).toContain('Days waited for a first review: 26 days in 2025/26 Q1, improving');
    // Indicator text without figures is no measure.
    expect(allText).not.toContain(': Partners attend the board');
  });

  it('tables every period: period, actual, target, status and note, a gap said as no figure', () => {
    const rows = tableRowsOf(docx.documentXml);
    const start = rows.findIndex((row) => row[0] === 'Period' && row[4] === 'Note');
    expect(rows[start]).toEqual(['Period', 'Actual', 'Target', 'Status', 'Note']);
    expect(rows.slice(start + 1, start + 5)).toEqual([
      ['2021/22', '12 families', '30 families', 'Final', ''],
      ['2022/23', 'No figure', '32 families', '', 'Not collected: the <register> moved'],
      ['2023/24', '15 families', '35 families', 'Final', ''],
      ['2024/25', '22 families', '40 families', 'Provisional', 'Two new hostels opened'],
    ]);
  });

  it('draws each measure as a native Word line chart: its data editable, the target dashed, gaps left, alt text in words', () => {
    expect(docx.parts['word/charts/chart1.xml']).toBeDefined();
    expect(docx.parts['word/charts/chart2.xml']).toBeDefined();
    expect(docx.parts['word/charts/chart3.xml']).toBeUndefined();
    const chart = strFromU8(docx.parts['word/charts/chart1.xml']!);
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    expect(chart).toMatch(/<a:prstDash val="dash"\/>/);
    expect(chart).toContain('Actual');
    expect(chart).toContain('Target');
    // The embedded workbook Word's Edit Data opens.
    expect(Object.keys(docx.parts).some((name) => /^word\/embeddings\/.+\.xlsx$/.test(name))).toBe(true);
    const description = /<wp:docPr [^>]*descr="([^"]*)"[^>]*name="Chart: Families housed"|<wp:docPr [^>]*name="Chart: Families housed"[^>]*descr="([^"]*)"/.exec(docx.documentXml);
    expect(description).not.toBeNull();
    expect(description![1] ?? description![2]).toContain('Families housed: 22 families in 2024/25, improving for two periods; target 40 families not met.');
  });

  it('puts the box’s headline measure first in the progress table’s Indicators cell', () => {
    const row = tableRowsOf(docx.documentXml).find((cells) => cells[0] === 'Pooled budget & shared "mandate"')!;
    expect(row.some((cell) => cell.startsWith('Headline: Families housed: 22 families, improving for two periods; target 40 families not met\nPartners attend the board'))).toBe(true);
  });

  it('has no Measures section when no indicator has figures', async () => {
    const plain = readDocx(await buildBoardReport(sampleModel(), { page: 'a4', today: '2026-12-01', flags: [], diagram: blankDiagram() }));
    expect(plain.paragraphs).not.toContain('Measures');
    expect(plain.parts['word/charts/chart1.xml']).toBeUndefined();
  });
});
