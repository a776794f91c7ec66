import { describe, expect, it } from 'vitest';
import { addBox } from '../domain/edits';
import { addIndicator } from '../domain/progressEdits';
import type { ModelContent } from '../domain/model';
import { setPeriodValue } from '../domain/measureEdits';
import { planPerformanceImport, type RowChoice } from './performanceImport';
import { matchingKey, readPerformanceTable, type PerformanceTable } from './performanceTable';
import { sheetTable, type TableSource } from './table';

function source(rows: string[][], name = 'Performance 2025-26.xlsx'): TableSource {
  return { kind: 'xlsx', name, sheets: [sheetTable('PIs', rows)] };
}

function openModel(): ModelContent {
  let model: ModelContent = { title: 'Housing first', boxes: [], links: [], conditions: [] };
  model = addBox(model, { id: 'b-house', level: 'outcomes', label: 'Families have a home', y: 0 });
  model = addBox(model, { id: 'b-act', level: 'activities', label: 'Outreach', y: 0 });
  model = addIndicator(model, 'b-house', { id: 'i-housed', text: 'Families housed (no.)' });
  model = setPeriodValue(model, 'b-house', 'i-housed', '2023/24', { actual: 20 });
  model = addIndicator(model, 'b-act', { id: 'i-visits', text: 'Outreach visits' });
  return model;
}

const COUNCIL_TABLE = [
  ['Housing and Communities Committee: performance report', '', '', '', '', '', ''],
  ['Quarter 4, 2025/26', '', '', '', '', '', ''],
  ['', '', '', '', '', '', ''],
  ['Ref', 'Performance indicator', 'Unit', 'Good is', '2023/24', '2024-25', '2025/26', 'Target', 'Data source'],
  ['HC1', 'FAMILIES HOUSED, no.', 'families', 'High', '21', '25', '31', '40', 'Housing register'],
  ['HC2', 'Days in temporary accommodation', 'days', 'Low', '140', 'n/a', '', '90', ''],
  ['HC3', 'Tenant satisfaction', '%', 'Higher is better', '81%', '79.5%', 'N/A', '', 'Survey'],
  ['HC4', 'Rent arrears', '£k', 'Lower', '1,234', '(12)', '14 families', '', ''],
];

describe('readPerformanceTable', () => {
  const reading = readPerformanceTable(source(COUNCIL_TABLE), openModel());
  const table = reading.ok ? reading.table : (undefined as never);

  it('skips the title rows and finds the header by its period columns, "2025/26" and "2024-25" alike', () => {
    expect(reading.ok).toBe(true);
    expect(table.headerRow).toBe(3);
    expect(table.periods).toEqual(['2023/24', '2024/25', '2025/26']);
    expect(table.frequency).toBe('annual');
    expect(table.rows.map((row) => row.name)).toEqual(['FAMILIES HOUSED, no.', 'Days in temporary accommodation', 'Tenant satisfaction', 'Rent arrears']);
  });

  it('reads the unit, polarity, target (for the latest period) and source columns', () => {
    expect(table.rows[0]).toMatchObject({ unit: 'families', polarity: 'higher-is-better', source: 'Housing register' });
    expect(table.rows[0]!.values).toEqual([{ period: '2023/24', actual: 21 }, { period: '2024/25', actual: 25 }, { period: '2025/26', actual: 31, target: 40 }]);
    expect(table.rows[1]!.polarity).toBe('lower-is-better');
    expect(table.rows[2]!.polarity).toBe('higher-is-better');
    expect(table.rows[2]!.values).toEqual([{ period: '2023/24', actual: 81 }, { period: '2024/25', actual: 79.5 }]);
    expect(table.rows[3]!.values).toEqual([{ period: '2023/24', actual: 1234 }, { period: '2024/25', actual: -12 }]);
  });

  it('reads blank and "n/a" cells as gaps, and names a cell that is not a number', () => {
    expect(table.rows[1]!.gaps).toEqual(['2024/25', '2025/26']);
    expect(table.rows[1]!.values).toEqual([{ period: '2023/24', actual: 140 }, { period: '2025/26', target: 90 }]);
    expect(table.rows[2]!.gaps).toEqual(['2025/26']);
    expect(table.problems.map((problem) => problem.text)).toEqual([
      'PIs, row 4: “Ref” is not a column this import reads; it is left out.',
      'PIs, row 4: the column “Target” is read as the target for 2025/26, the latest period.',
      'PIs, row 8, column G: “14 families” is not a number; 2025/26 is left as a gap.',
    ]);
  });

  it('matches rows to the model’s indicators by their text, whatever the case and punctuation', () => {
    expect(matchingKey('FAMILIES HOUSED, no.')).toBe(matchingKey('Families housed (no.)'));
    expect(table.rows[0]!.match).toEqual({ boxId: 'b-house', indicatorId: 'i-housed' });
    expect(table.rows.slice(1).map((row) => row.match)).toEqual([undefined, undefined, undefined]);
  });

  it('reads quarters, "Target 2025/26" columns, and says so when there is no header with periods', () => {
    const quarters = readPerformanceTable(
      source([
        ['Measure', '2025/26 Q1', '2025/26 Q2', 'Q3 2025/26', 'Target 2025/26 Q3'],
        ['Outreach visits', '10', '12', '', '20'],
      ]),
      openModel(),
    );
    expect(quarters.ok && quarters.table.periods).toEqual(['2025/26 Q1', '2025/26 Q2', '2025/26 Q3']);
    expect(quarters.ok && quarters.table.frequency).toBe('quarterly');
    expect(quarters.ok && quarters.table.rows[0]!.values).toEqual([{ period: '2025/26 Q1', actual: 10 }, { period: '2025/26 Q2', actual: 12 }, { period: '2025/26 Q3', target: 20 }]);
    expect(quarters.ok && quarters.table.rows[0]!.match).toEqual({ boxId: 'b-act', indicatorId: 'i-visits' });
    const none = readPerformanceTable(source([['Name', 'Value'], ['a', '1']]), openModel());
    expect(none).toEqual({ ok: false, error: 'No header row with periods was found in the first 20 rows of “PIs”: a performance table has a column per period, headed such as 2025/26, 2025-26 or 2025/26 Q1.' });
  });

  it('reads "2011-12" beside "2012-13" as financial years', () => {
    const years = readPerformanceTable(source([['Indicator', '2011-12', '2012-13'], ['Outreach visits', '1', '2']]), openModel());
    expect(years.ok && years.table.periods).toEqual(['2011/12', '2012/13']);
  });
});

describe('planPerformanceImport', () => {
  const model = openModel();
  const reading = readPerformanceTable(source(COUNCIL_TABLE), model);
  const table = (reading.ok ? reading.table : undefined) as PerformanceTable;
  let counter = 0;
  const ids = (prefix: string) => `${prefix}-${++counter}`;

  it('fills a matched indicator, says what is added and what changes, and leaves unmatched rows out until given a box', () => {
    const plan = planPerformanceImport(model, table, new Map(), ids);
    expect(plan.outcomes.map((outcome) => outcome.summary)).toEqual([
      'FAMILIES HOUSED, no., in “Families have a home”: 2 periods added (2024/25, 2025/26); changed: 2023/24 actual 20 → 21; set: unit families, higher is better, source Housing register.',
      'Days in temporary accommodation: left out.',
      'Tenant satisfaction: left out.',
      'Rent arrears: left out.',
    ]);
    const housed = plan.model.boxes[0]!.indicators![0]!;
    expect(housed).toEqual({
      id: 'i-housed',
      text: 'Families housed (no.)',
      source: 'Housing register',
      unit: 'families',
      polarity: 'higher-is-better',
      frequency: 'annual',
      values: [{ period: '2023/24', actual: 21 }, { period: '2024/25', actual: 25 }, { period: '2025/26', actual: 31, target: 40 }],
    });
    expect(plan.counts).toEqual({ measures: 1, added: 2, changed: 1, newIndicators: 0, newBoxes: 0 });
    // Nothing changes in the model given.
    expect(model.boxes[0]!.indicators![0]!.values).toEqual([{ period: '2023/24', actual: 20 }]);
  });

  it('puts an unmatched row on the box chosen, or on a new box of the level chosen; an inner gap stays a gap', () => {
    const choices = new Map<number, RowChoice>([
      [5, { kind: 'box', boxId: 'b-house' }],
      [6, { kind: 'new-box', level: 'reactions' }],
    ]);
    const plan = planPerformanceImport(model, table, choices, ids);
    expect(plan.outcomes[1]!.summary).toBe('Days in temporary accommodation, a new indicator of “Families have a home”: 3 periods added (2023/24, 2024/25, 2025/26); set: unit days, lower is better. No figure (blank or n/a): 2024/25, 2025/26.');
    const days = plan.model.boxes.find((box) => box.id === 'b-house')!.indicators![1]!;
    expect(days).toMatchObject({ text: 'Days in temporary accommodation', unit: 'days', polarity: 'lower-is-better', frequency: 'annual' });
    expect(days.values).toEqual([{ period: '2023/24', actual: 140 }, { period: '2024/25' }, { period: '2025/26', target: 90 }]);
    const newBox = plan.model.boxes.find((box) => box.level === 'reactions')!;
    expect(newBox.label).toBe('Tenant satisfaction');
    expect(newBox.indicators![0]!.values).toEqual([{ period: '2023/24', actual: 81 }, { period: '2024/25', actual: 79.5 }]);
    expect(plan.counts).toMatchObject({ measures: 3, newIndicators: 2, newBoxes: 1 });
  });

  it('leaves out a row whose periods are not the measure’s kind', () => {
    const quarterly = setPeriodValue(model, 'b-act', 'i-visits', '2025/26 Q1', { actual: 3 });
    const years = readPerformanceTable(source([['Indicator', '2024/25', '2025/26'], ['Outreach visits', '1', '2']]), quarterly);
    const plan = planPerformanceImport(quarterly, (years.ok ? years.table : undefined) as PerformanceTable, new Map(), ids);
    expect(plan.outcomes[0]!.summary).toBe('Outreach visits: left out: it is quarterly and the table’s periods are annual.');
    expect(plan.model).toBe(quarterly);
  });
});

describe('readPerformanceTable, as councils’ reports head their columns', () => {
  it('reads "2023/24 Actual", "Value 2024/25" and "2024/25 Target" headings, Pentana’s "Aim to Maximise", and names under a blank heading', async () => {
    const { writeXlsx } = await import('../export/xlsx');
    const { readSpreadsheetBytes } = await import('../import/readSpreadsheetBytes');
    // Built as a real .xlsx and read back as the app reads a chosen file.
    const bytes = writeXlsx([
      {
        name: 'Scorecard',
        headers: ['Scorecard for the Community Planning Partnership', '', '', '', '', ''],
        rows: [
          ['', 'Aim', '2023/24 Actual', 'Value 2024/25', '2024/25 Target', 'Target met?'],
          ['Outreach visits', 'Aim to Maximise', 400, 410, 450, 'No'],
          ['Days waited', 'Aim to Minimise', 30, null, 20, 'No'],
        ],
        widths: [20, 10, 10, 10, 10, 10],
      },
    ]);
    const read = await readSpreadsheetBytes(bytes, 'scorecard.xlsx');
    if (!read.ok) throw new Error(read.error);
    const reading = readPerformanceTable(read.source, openModel());
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.table.headerRow).toBe(1);
    expect(reading.table.periods).toEqual(['2023/24', '2024/25']);
    expect(reading.table.rows.map(({ name, polarity, values, gaps, match }) => ({ name, polarity, values, gaps, match }))).toEqual([
      { name: 'Outreach visits', polarity: 'higher-is-better', values: [{ period: '2023/24', actual: 400 }, { period: '2024/25', actual: 410, target: 450 }], gaps: [], match: { boxId: 'b-act', indicatorId: 'i-visits' } },
      { name: 'Days waited', polarity: 'lower-is-better', values: [{ period: '2023/24', actual: 30 }, { period: '2024/25', target: 20 }], gaps: ['2024/25'], match: undefined },
    ]);
    expect(reading.table.problems.map((problem) => problem.text)).toEqual(['Scorecard, row 2: “Target met?” is not a column this import reads; it is left out.']);
  });
});

describe('a performance table chosen on the home page', () => {
  it('is not made a model, and the message says where its figures go', async () => {
    const { recognise } = await import('./recognise');
    const recognition = recognise(source(COUNCIL_TABLE));
    expect(recognition.layout).toBe('none');
    expect(recognition.summary).toMatch(/It looks like a performance table \(a row per measure, a column per period\): open the model its measures belong to, and use Import figures… in its Progress tab\.$/);
  });
});
