import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis';
import type { ModelContent } from '../domain/model';
import { writeCsvZip } from '../export/csv';
import { writeXlsx } from '../export/xlsx';
import { spreadsheetModel as fullModel } from './testing/fixtures';
import { serialiseModel } from '../file/serialise';
import { readSpreadsheetBytes } from '../import/readSpreadsheetBytes';
import { guessedMapping } from './levelChoices';
import { planImport } from './planImport';
import { recognise } from './recognise';
import { planWorkbook } from './workbookPlan';

async function roundTrip(model: ModelContent): Promise<ModelContent> {
  const bytes = writeXlsx(planWorkbook(model, { flags: analyse(model, '2026-12-01'), today: '2026-12-01' }));
  const read = await readSpreadsheetBytes(bytes, 'model.xlsx');
  if (!read.ok) throw new Error(read.error);
  const recognition = recognise(read.source);
  expect(recognition.layout).toBe('own');
  const plan = planImport(read.source, recognition, { title: '', mapping: guessedMapping([]), linkRows: false });
  expect(plan.problems).toEqual([]);
  if (!plan.model) throw new Error('no model');
  return plan.model;
}

describe('this app’s own workbook', () => {
  it('exported and imported again gives the same model file', async () => {
    const model = fullModel();
    expect(serialiseModel(await roundTrip(model))).toBe(serialiseModel(model));
  });

  it('writes every text that starts like a formula with an apostrophe, and no formula at all', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(writeXlsx(planWorkbook(fullModel(), { flags: [], today: '2026-12-01' })));
    const sheets = Object.entries(files).filter(([name]) => name.startsWith('xl/worksheets/')).map(([, bytes]) => strFromU8(bytes));
    const all = sheets.join('\n');
    expect(all).not.toContain('<f>');
    expect(all).toContain('&#39;=HYPERLINK(');
    expect(all).toContain('&#39;+Referrals');
    expect(all).toContain('&#39;-80%');
    expect(all).toContain('&#39;@partners');
    expect(all).toContain('&#39;\tTabbed');
    expect(all).toContain('&#39;&#13;starts');
    expect(all).toContain('&#39;&#39;=already quoted');
  });

  it('the CSV export’s .zip imports back as boxes and links, with their ids, notes and positions', async () => {
    const model = fullModel();
    const pair = planWorkbook(model, { flags: [], today: '2026-12-01' }).filter((sheet) => sheet.name === 'Boxes' || sheet.name === 'Links');
    const read = await readSpreadsheetBytes(writeCsvZip(pair, 'reducing-reoffending'), 'reducing-reoffending-csv.zip');
    if (!read.ok) throw new Error(read.error);
    expect(read.source.sheets.map((sheet) => sheet.name)).toEqual(['boxes', 'links']);
    const recognition = recognise(read.source);
    expect(recognition.layout).toBe('own');
    const plan = planImport(read.source, recognition, { title: '', mapping: {}, linkRows: false });
    const strip = ({ rating, indicators, evidence, ...box }: ModelContent['boxes'][number]) => box;
    expect(plan.model?.boxes).toEqual(model.boxes.map((box) => ({ ...strip(box), ...(box.rating ? { rating: box.rating } : {}) })));
    expect(plan.model?.links).toEqual(model.links);
    expect(plan.model?.title).toBe('reducing-reoffending');
  });
});

describe('the Values sheet (issue 22)', () => {
  it('gives a row per measure and period, with the measure’s unit, polarity and frequency in words', () => {
    const values = planWorkbook(fullModel(), { flags: [], today: '2026-12-01' }).find((sheet) => sheet.name === 'Values')!;
    expect(values.headers).toEqual(['Indicator ID', 'Box ID', 'Box', 'Indicator', 'Unit', 'Polarity', 'Frequency', 'Period', 'Actual', 'Target', 'Status', 'Note']);
    expect(values.rows).toHaveLength(6);
    expect(values.rows[0]).toEqual(['i1', 'b-in', "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+Referrals within 10 days", '%', 'Higher is better', 'Quarterly', '2025/26 Q3', 41.25, 50, 'Final', "'=SUM(A1) is not a formula"]);
    // A gap stays a gap: no actual, never a zero.
    expect(values.rows[1]!.slice(7)).toEqual(['2025/26 Q4', null, 55, null, 'Gap: the case system was down']);
  });

  it('the CSV .zip holds values.csv, and boxes, links and values import back with every figure', async () => {
    const model = fullModel();
    const chosen = planWorkbook(model, { flags: [], today: '2026-12-01' }).filter((sheet) => ['Boxes', 'Links', 'Values'].includes(sheet.name));
    const zip = writeCsvZip(chosen, 'reducing-reoffending');
    const { unzipSync, strFromU8 } = await import('fflate');
    const bytes = unzipSync(zip)['reducing-reoffending-values.csv']!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(bytes);
    expect(csv.split('\r\n')[0]).toBe('Indicator ID,Box ID,Box,Indicator,Unit,Polarity,Frequency,Period,Actual,Target,Status,Note');
    expect(csv).toContain('i3,b-act,Cefnogi’r gymuned: ŵ ŷ,Teuluoedd â chartref,families,Lower is better,Annual,2025/26,30,40,,');
    const read = await readSpreadsheetBytes(zip, 'reducing-reoffending-csv.zip');
    if (!read.ok) throw new Error(read.error);
    const plan = planImport(read.source, recognise(read.source), { title: '', mapping: {}, linkRows: false });
    expect(plan.problems).toEqual([]);
    const measures = (m: ModelContent) => m.boxes.flatMap((box) => (box.indicators ?? []).filter((i) => i.values).map(({ id, text, unit, polarity, frequency, values }) => ({ box: box.id, id, text, unit, polarity, frequency, values })));
    expect(measures(plan.model!)).toEqual(measures(model));
  });

  it('names a Values row it cannot read, and keeps the rest', async () => {
    const model = fullModel();
    const sheets = planWorkbook(model, { flags: [], today: '2026-12-01' }).map((sheet) =>
      sheet.name !== 'Values'
        ? sheet
        : { ...sheet, rows: [...sheet.rows, ['i3', 'b-act', '', '', '', '', '', 'next year', 1, null, null, null], ['i3', 'b-act', '', '', '', '', '', '2025-26', 31, null, null, null], ['i3', 'b-act', '', '', '', '', '', '2026/27', '14 families', null, 'Guessed', null]] },
    );
    const read = await readSpreadsheetBytes(writeXlsx(sheets), 'model.xlsx');
    if (!read.ok) throw new Error(read.error);
    const plan = planImport(read.source, recognise(read.source), { title: '', mapping: {}, linkRows: false });
    expect(plan.problems.map((problem) => problem.text)).toEqual([
      'Values, row 8, column H: “next year” is not a period (such as 2025/26, 2025/26 Q1 or 2025-04); this value is left out.',
      'Values, row 9: the period 2025/26 is already given in row 7; this value is left out.',
      'Values, row 10, column I: “14 families” is not a number; it is read as no figure.',
      'Values, row 10, column K: “Guessed” is not a status (Provisional, Final, Revised); it is left out.',
    ]);
    const i3 = plan.model!.boxes.find((box) => box.id === 'b-act')!.indicators![0]!;
    expect(i3.values).toEqual([{ period: '2024/25', actual: 22 }, { period: '2025/26', actual: 30, target: 40 }, { period: '2026/27' }]);
  });
});
