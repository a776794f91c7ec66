import { describe, expect, it } from 'vitest';
import { sheetCsv } from '../export/csv';
import { formulaSafe, fromFormulaSafe } from './formulaSafe';
import { planWorkbook } from './workbookPlan';
import { spreadsheetModel, FORMULA_LABEL, WELSH_LABEL } from './testing/fixtures';

const HOSTILE = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', "'=1", "''+1", '=HYPERLINK("x")'];

describe('formula-safe cells', () => {
  it('puts an apostrophe before every text a spreadsheet would run, and leaves other text alone', () => {
    for (const text of HOSTILE) expect(formulaSafe(text).startsWith("'"), text).toBe(true);
    for (const text of ['Funding', "Council's budget", "'quoted", '1+1', 'a=b', '']) expect(formulaSafe(text)).toBe(text);
  });

  it('is read back exactly, an apostrophe of the user’s own included', () => {
    for (const text of [...HOSTILE, 'Funding', "'quoted", "Council's"]) expect(fromFormulaSafe(formulaSafe(text))).toBe(text);
  });

  it('makes the CSV: a byte-order mark, CRLF lines, quoted fields, every formula start escaped', () => {
    const [boxes] = planWorkbook(spreadsheetModel(), { flags: [], today: '2026-12-01' });
    const csv = sheetCsv(boxes!);
    expect(csv.startsWith('\uFEFFID,Label,Type,Description,Evidence feature,Owner,Progress,Confidence,Rated on,Rated by,Y\r\n')).toBe(true);
    expect(csv).toContain(`b-in,"'${FORMULA_LABEL.replace(/"/g, '""')}",Inputs,`);
    expect(csv).toContain(`,On track,Medium,2026-10-02,Board,`);
    expect(csv).toContain(`b-act,${WELSH_LABEL},Activities,"'\rstarts with a carriage return\nand two lines"`);
    for (const line of csv.split('\r\n')) for (const field of line.split(',')) expect(field).not.toMatch(/^[=+\-@\t]/);
  });
});
