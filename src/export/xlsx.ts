/**
 * Writes a planned workbook (src/spreadsheet/workbookPlan.ts) as an .xlsx: SpreadsheetML parts
 * zipped by fflate. Our own few parts rather than a library's: SheetJS's community edition cannot
 * freeze a header row (a Pro feature), and write-excel-file compresses through fflate's async zip,
 * which starts blob: workers that this page's Content-Security-Policy (worker-src 'self') refuses.
 * Text cells are inline strings, never formulas; dates are date serials with a date format. A text
 * over Excel's 32,767 characters a cell is cut with a note saying where the whole text is.
 */
import { zipSync, strToU8 } from 'fflate';
import type { PlanCell, PlannedSheet } from '../spreadsheet/workbookPlan';
import { type CellPlace, fitExcelCell } from '../spreadsheet/cellLimit';
import { columnLetters } from '../spreadsheet/table';
import { escapeXml } from './xml';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes in styles.xml's cellXfs. */
const STYLE = { normal: 0, header: 1, date: 2, wrapped: 3 } as const;

const STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Days since 1899-12-30, Excel's (and LibreOffice's) serial for a date. */
function dateSerial(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function textCell(reference: string, text: string, style: number): string {
  // A carriage return is written as a character reference, or XML readers would turn it into a line feed.
  const escaped = escapeXml(text).replace(/\r/g, '&#13;');
  return `<c r="${reference}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escaped}</t></is></c>`;
}

function cellXml(cell: PlanCell, reference: string, place: CellPlace): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  if (typeof cell === 'object') return `<c r="${reference}" s="${STYLE.date}"><v>${dateSerial(cell.date)}</v></c>`;
  const text = fitExcelCell(cell, place);
  return textCell(reference, text, text.includes('\n') ? STYLE.wrapped : STYLE.normal);
}

function sheetXml(sheet: PlannedSheet, first: boolean): string {
  const letters = sheet.headers.map((_, column) => columnLetters(column));
  const rows: string[] = [`<row r="1">${sheet.headers.map((header, column) => textCell(`${letters[column]}1`, header, STYLE.header)).join('')}</row>`];
  sheet.rows.forEach((row, index) => {
    const number = index + 2;
    const rowId = typeof row[0] === 'string' ? row[0] : undefined;
    const place = (column: number): CellPlace => ({ sheet: sheet.name, column: sheet.headers[column] ?? columnLetters(column), rowId });
    rows.push(`<row r="${number}">${row.map((cell, column) => cellXml(cell, `${letters[column] ?? columnLetters(column)}${number}`, place(column))).join('')}</row>`);
  });
  const columns = sheet.widths.map((width, column) => `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`).join('');
  const lastCell = `${letters[letters.length - 1] ?? 'A'}${sheet.rows.length + 1}`;
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><dimension ref="A1:${lastCell}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${columns}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

/** The .xlsx file's bytes. */
export function writeXlsx(sheets: readonly PlannedSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const sheetEntries = sheets.map((sheet, index) => ({ sheet, path: `worksheets/sheet${index + 1}.xml`, id: `rId${index + 1}` }));
  files['[Content_Types].xml'] = strToU8(
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetEntries
      .map(({ path }) => `<Override PartName="/xl/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries
      .map(({ sheet, id }, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="${id}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetEntries
      .map(({ path, id }) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${path}"/>`)
      .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  sheetEntries.forEach(({ sheet, path }, index) => {
    files[`xl/${path}`] = strToU8(sheetXml(sheet, index === 0));
  });
  return zipSync(files, { level: 6 });
}
