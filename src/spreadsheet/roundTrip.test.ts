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
