import { describe, expect, it } from 'vitest';
import { guessedMapping } from './levelChoices';
import { planImport, type ImportSettings } from './planImport';
import { recognise } from './recognise';
import { sheetTable, type MergedCells, type TableSource } from './table';

function source(sheets: Record<string, string[][]>, merged: Record<string, MergedCells[]> = {}, kind: TableSource['kind'] = 'xlsx'): TableSource {
  return { kind, name: 'Plan.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => sheetTable(name, rows, { merged: merged[name] ?? [] })) };
}

function plan(input: TableSource, settings: Partial<ImportSettings> = {}) {
  const recognition = recognise(input);
  const choices = recognition.layout === 'kumu' || recognition.layout === 'table' ? recognition.choices : [];
  return { recognition, plan: planImport(input, recognition, { title: '', mapping: guessedMapping(choices), linkRows: false, ...settings }) };
}

const problemsOf = (result: ReturnType<typeof plan>) => result.plan.problems.map((problem) => problem.text);

describe('this app’s own workbook, edited by hand', () => {
  const edited = source({
    Boxes: [
      ['ID', 'Label', 'Type', 'Description', 'Evidence feature', 'Owner', 'Progress', 'Confidence', 'Rated on', 'Rated by', 'Y'],
      ['b1', 'Pooled budget', 'Inputs', '', 'Sufficient resources to deliver on objectives', '', '', '', '', '', '110'],
      ['b2', 'Joint reviews', 'Activities', '', '', '', 'On track', '', '', '', ''],
      ['b1', 'A copy', 'Inputs', '', '', '', '', '', '', '', ''],
      ['', 'Added in Excel', 'activities', '', '', '', '', '', '', '', ''],
      ['b4', 'Somewhere', 'Stakeholders', '', '', '', '', '', '', '', ''],
    ],
    Links: [
      ['ID', 'From', 'To', 'Shape', 'Description'],
      ['l1', 'b1', 'b2', 'Linear', 'Money pays for it'],
      ['l2', 'b1', 'b99', '', ''],
      ['l3', 'b2', 'b2', '', ''],
      ['l1', 'b1', 'b2', '', ''],
    ],
    'Assumptions and risks': [
      ['ID', 'Kind', 'Assumption or risk', 'Status', 'Comment'],
      ['a1', 'Assumption', 'Timeframes are realistic', 'Holds', ''],
      ['r1', 'Risk', 'Partners withdraw', 'Fine', ''],
      ['x1', 'Hope', 'Sunshine', '', ''],
    ],
    Evidence: [
      ['ID', 'Box ID', 'Box', 'Date', 'Kind', 'Summary', 'Source', 'By'],
      ['e1', 'b2', 'Joint reviews', '03/09/2026', 'Data', 'Held', '', ''],
    ],
    About: [['About', 'Value'], ['Title', 'Our plan'], ['Format', 'An Outcome Chains workbook (outcome-chains/logic-model, version 2).']],
  });

  it('keeps every good row, and names each row it leaves out by sheet, row and column', () => {
    const result = plan(edited);
    expect(result.recognition.layout).toBe('own');
    expect(problemsOf(result)).toEqual([
      'Boxes, row 3, column H: a rating needs a confidence (Low, Medium, High); the rating is left out.',
      'Boxes, row 4: the ID “b1” is already used in row 2; this row is left out.',
      'Boxes, row 6, column C: “Stakeholders” is not a level; this box is left out.',
      'Links, row 3: To “b99” is not a box ID; this link is left out.',
      'Links, row 4: links box “b2” to itself; this link is left out.',
      'Links, row 5: the link ID “l1” is already used; this link is left out.',
      'Assumptions and risks, row 3, column D: “Fine” is not a status of a risk; it is read as not yet checked.',
      'Assumptions and risks, row 4, column B: “Hope” is neither Assumption nor Risk; this row is left out.',
      'Evidence, row 2, column D: “03/09/2026” is not a date; this evidence is left out.',
    ]);
    const model = result.plan.model!;
    expect(model.title).toBe('Our plan');
    expect(model.boxes.map((box) => [box.id, box.level, box.label, box.feature])).toEqual([
      ['b1', 'inputs', 'Pooled budget', 'sufficient-resources'],
      ['b2', 'activities', 'Joint reviews', undefined],
      ['box-5', 'activities', 'Added in Excel', undefined],
    ]);
    expect(model.links).toEqual([{ id: 'l1', source: 'b1', target: 'b2', note: 'Money pays for it' }]);
    expect(model.conditions.map((condition) => [condition.id, condition.status])).toEqual([
      ['a1', 'holds'],
      ['r1', 'unchecked'],
    ]);
    expect(result.plan.counts).toEqual({ boxes: 3, links: 1, conditions: 2, indicators: 0, evidence: 0, values: 0 });
  });

  it('lays out the boxes that came without a position in their lanes', () => {
    const model = plan(edited).plan.model!;
    const [kept, first, second] = [model.boxes[0]!, model.boxes[1]!, model.boxes[2]!];
    expect(kept.y).toBe(110);
    expect(first.y).not.toBe(second.y);
  });

  it('says "Links, row 7: From … is not a box ID" for a link from a missing box', () => {
    const links = [['ID', 'From', 'To'], ...Array.from({ length: 5 }, (_, index) => [`l${index}`, 'b1', 'b2']), ['l9', 'b99', 'b1']];
    const result = plan(source({ Boxes: [['ID', 'Label', 'Type'], ['b1', 'A', 'Inputs'], ['b2', 'B', 'Activities']], Links: links }));
    expect(problemsOf(result)).toEqual(['Links, row 7: From “b99” is not a box ID; this link is left out.']);
  });
});

describe('Kumu’s layout', () => {
  const kumu = source({
    Elements: [
      ['Label', 'Type', 'Description'],
      ['Pooled budget', 'Input', 'From all partners'],
      ['Joint reviews', 'Activity', ''],
      ['Trust', 'Outcome', ''],
      ['Police Scotland', 'Organisation', ''],
    ],
    Connections: [
      ['From', 'To', 'Description'],
      ['Pooled budget', 'joint reviews', 'pays for'],
      ['Joint reviews', 'Trust', ''],
      ['Police Scotland', 'Joint reviews', ''],
      ['Nobody', 'Trust', ''],
    ],
  });

  it('is recognised by its Label and From/To headers, types mapped by their words', () => {
    const result = plan(kumu);
    expect(result.recognition.layout).toBe('kumu');
    expect(result.recognition.summary).toBe('Kumu’s layout: elements from “Elements” (headed Label), connections from “Connections” (headed From and To).');
    if (result.recognition.layout !== 'kumu') throw new Error('not kumu');
    expect(result.recognition.choices.map((choice) => [choice.label, choice.guess])).toEqual([
      ['Type “Input” (1 element)', 'inputs'],
      ['Type “Activity” (1 element)', 'activities'],
      ['Type “Outcome” (1 element)', 'outcomes'],
      ['Type “Organisation” (1 element)', null],
    ]);
    const model = result.plan.model!;
    expect(model.boxes.map((box) => [box.level, box.label, box.notes])).toEqual([
      ['inputs', 'Pooled budget', 'From all partners'],
      ['activities', 'Joint reviews', undefined],
      ['outcomes', 'Trust', undefined],
    ]);
    expect(model.links.map((link) => [link.source, link.target, link.note])).toEqual([
      ['box-2', 'box-3', 'pays for'],
      ['box-3', 'box-4', undefined],
    ]);
    expect(problemsOf(result)).toEqual([
      'Elements: 1 element of type “organisation” is left out; choose a level for that type to bring it in.',
      'Connections, row 4: From “Police Scotland” is not an element; this connection is left out.',
      'Connections, row 5: From “Nobody” is not an element; this connection is left out.',
    ]);
  });

  it('brings in a type once the user gives it a level', () => {
    const recognition = recognise(kumu);
    if (recognition.layout !== 'kumu') throw new Error('not kumu');
    const mapping = { ...guessedMapping(recognition.choices), organisation: 'engagement' as const };
    const result = planImport(kumu, recognition, { title: 'Mine', mapping, linkRows: false });
    expect(result.model?.title).toBe('Mine');
    expect(result.counts).toMatchObject({ boxes: 4, links: 3 });
  });
});

describe('the logic-model table', () => {
  const table = source(
    {
      Plan: [
        ['Our partnership plan 2026'],
        [],
        ['Inputs / Resources', 'Activities', 'Outputs', 'Notes', 'Short-term outcomes', 'Long-term outcomes / Impact'],
        ['• Funding\n• Staff time', 'Joint reviews', 'Partners attend', 'ignored', 'Shared aims', 'Reduced reoffending'],
        ['', 'Mentoring', '', '', 'Shared aims', ''],
        ['Volunteers', '', 'Families take part', '', '', 'Reduced reoffending'],
      ],
    },
    { Plan: [{ row: 3, column: 0, rows: 2, columns: 1 }] },
  );

  it('finds the headings below a title, maps each column, and makes a box of each line of a cell', () => {
    const result = plan(table);
    expect(result.recognition.summary).toBe('A logic-model table: sheet “Plan”, one column per level, headings in row 3.');
    if (result.recognition.layout !== 'table') throw new Error('not a table');
    expect(result.recognition.choices.map((choice) => [choice.label, choice.guess])).toEqual([
      ['Column A: “Inputs / Resources”', 'inputs'],
      ['Column B: “Activities”', 'activities'],
      ['Column C: “Outputs”', 'engagement'],
      ['Column D: “Notes”', null],
      ['Column E: “Short-term outcomes”', 'learning'],
      ['Column F: “Long-term outcomes / Impact”', 'outcomes'],
    ]);
    const model = result.plan.model!;
    // The same words in the same level are one box.
    expect(model.boxes.map((box) => [box.level, box.label])).toEqual([
      ['inputs', 'Funding'],
      ['inputs', 'Staff time'],
      ['activities', 'Joint reviews'],
      ['engagement', 'Partners attend'],
      ['learning', 'Shared aims'],
      ['outcomes', 'Reduced reoffending'],
      ['activities', 'Mentoring'],
      ['inputs', 'Volunteers'],
      ['engagement', 'Families take part'],
    ]);
    expect(model.links).toEqual([]);
    expect(problemsOf(result)).toEqual(['Plan, rows 4–5, column A: merged cells; their text is read once, from the first cell.']);
    // Laid out in their lanes: no two boxes of a lane on top of each other.
    const inputs = model.boxes.filter((box) => box.level === 'inputs').map((box) => box.y);
    expect(new Set(inputs).size).toBe(inputs.length);
  });

  it('links each row’s boxes left to right as an option, a merged cell along each of its rows', () => {
    const model = plan(table, { linkRows: true }).plan.model!;
    const label = new Map(model.boxes.map((box) => [box.id, box.label]));
    expect(model.links.map((link) => `${label.get(link.source)} → ${label.get(link.target)}`)).toEqual([
      'Funding → Joint reviews',
      'Staff time → Joint reviews',
      'Joint reviews → Partners attend',
      'Partners attend → Shared aims',
      'Shared aims → Reduced reoffending',
      'Funding → Mentoring',
      'Staff time → Mentoring',
      'Mentoring → Shared aims',
      'Volunteers → Families take part',
      'Families take part → Reduced reoffending',
    ]);
  });

  it('follows the user’s mapping: a column moved to another level, or left out', () => {
    const recognition = recognise(table);
    if (recognition.layout !== 'table') throw new Error('not a table');
    const mapping = { ...guessedMapping(recognition.choices), '2': 'reactions' as const, '0': null };
    const model = planImport(table, recognition, { title: '', mapping, linkRows: false }).model!;
    expect(model.boxes.filter((box) => box.level === 'inputs')).toEqual([]);
    expect(model.boxes.filter((box) => box.level === 'reactions').map((box) => box.label)).toEqual(['Partners attend', 'Families take part']);
    expect(model.title).toBe('Plan');
  });

  it('says nothing can be made when every column is left out', () => {
    const recognition = recognise(table);
    if (recognition.layout !== 'table') throw new Error('not a table');
    const mapping = Object.fromEntries(recognition.choices.map((choice) => [choice.key, null]));
    const result = planImport(table, recognition, { title: '', mapping, linkRows: false });
    expect(result.model).toBeNull();
    expect(result.problems).toContainEqual({ text: 'No boxes: choose a level for at least one column or type in the mapping above.', blocking: true });
  });

  it('refuses to make more than 5,000 boxes', () => {
    const rows = [['Activities'], ...Array.from({ length: 5_001 }, (_, index) => [`Activity ${index}`])];
    const big = source({ Plan: [['Inputs', ...rows[0]!], ...rows.slice(1).map((row) => ['', ...row])] });
    const result = plan(big);
    expect(result.plan.model).toBeNull();
    expect(problemsOf(result)).toEqual(['This would make 5,001 boxes; a model may have at most 5,000. Split the spreadsheet and import it in parts.']);
  });
});

it('says what it could not recognise, and makes nothing', () => {
  const result = plan(source({ Sheet1: [['Name', 'Email'], ['Asha', 'asha@example.org']] }));
  expect(result.recognition.layout).toBe('none');
  expect(result.plan.model).toBeNull();
  expect(result.plan.problems[0]?.blocking).toBe(true);
  expect(result.plan.problems[0]?.text).toMatch(/^Not recognised: no sheet is headed with levels/);
});
