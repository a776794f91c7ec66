/**
 * Which of the three layouts a spreadsheet is (PRODUCT.md §14): this app's own workbook, Kumu's
 * Elements/Connections, or a logic-model table with a column per level.
 */
import type { LevelChoice } from './levelChoices';
import { findKumuSheets, kumuChoices, type KumuSheets } from './kumu';
import { findTableLayout, tableChoices, type TableLayout } from './logicModelTable';
import { findSheet, SheetView } from './sheetView';
import { SHEETS, WORKBOOK_MARK } from './sheetNames';
import type { SheetTable, TableSource } from './table';
import { readPerformanceTable } from './performanceTable';

const EMPTY_MODEL = { title: '', boxes: [], links: [], conditions: [] };

export type Recognition =
  | { readonly layout: 'own'; readonly summary: string }
  | { readonly layout: 'kumu'; readonly sheets: KumuSheets; readonly choices: readonly LevelChoice[]; readonly summary: string }
  | { readonly layout: 'table'; readonly table: TableLayout; readonly choices: readonly LevelChoice[]; readonly summary: string }
  | { readonly layout: 'none'; readonly summary: string };

function isOwnWorkbook(sheets: readonly SheetTable[]): boolean {
  const about = findSheet(sheets, SHEETS.about);
  if (about?.rows.some((row) => row.some((cell) => cell.includes(WORKBOOK_MARK)))) return true;
  const boxes = findSheet(sheets, SHEETS.boxes);
  if (!boxes || !findSheet(sheets, SHEETS.links)) return false;
  const view = new SheetView(boxes);
  return view.has('ID') && view.has('Label') && view.has('Type');
}

export function recognise(source: TableSource): Recognition {
  const { sheets } = source;
  if (isOwnWorkbook(sheets)) {
    return { layout: 'own', summary: 'An Outcome Chains workbook: boxes, links, assumptions and risks, indicators with their figures, evidence and ratings are read back as they were exported.' };
  }
  const kumu = findKumuSheets(sheets);
  if (kumu) {
    const elements = (sheets[kumu.elements] as SheetTable).name;
    const connections = kumu.connections === null ? null : (sheets[kumu.connections] as SheetTable).name;
    return {
      layout: 'kumu',
      sheets: kumu,
      choices: kumuChoices(source, kumu),
      summary: `Kumu’s layout: elements from “${elements}” (headed Label)${connections ? `, connections from “${connections}” (headed From and To)` : ', and no connections sheet'}.`,
    };
  }
  const table = findTableLayout(sheets);
  if (table) {
    const sheet = sheets[table.sheet] as SheetTable;
    const where = source.kind === 'xlsx' ? `sheet “${sheet.name}”, ` : '';
    return {
      layout: 'table',
      table,
      choices: tableChoices(sheet, table),
      summary: `A logic-model table: ${where}one column per level, headings in row ${table.headerRow + 1}.`,
    };
  }
  const notRecognised =
    'Not recognised: no sheet is headed with levels (such as Inputs, Activities, Outputs, Outcomes), none is headed Label as Kumu’s are, and it is not an Outcome Chains workbook.';
  // A performance table's figures go into a model that has the boxes they measure, not a new one.
  const figures = readPerformanceTable(source, EMPTY_MODEL);
  return {
    layout: 'none',
    summary: figures.ok
      ? `${notRecognised} It looks like a performance table (a row per measure, a column per period): open the model its measures belong to, and use Import figures… in its Progress tab.`
      : notRecognised,
  };
}
