/**
 * A table pasted from Word, Excel, LibreOffice or Google Sheets as a sheet: the clipboard's HTML
 * table when there is one (each cell's paragraphs, list items and line breaks kept as lines, merged
 * cells kept as merged), else tab-separated text.
 */
import { sheetTable, SPREADSHEET_LIMITS, type MergedCells, type TableSource } from '../../spreadsheet/table';

const PASTE_NAME = 'Pasted table';
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'TR']);
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

/** A cell's text with its paragraphs, list items and <br>s as line breaks. */
function cellText(cell: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) return;
    if (element.tagName === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) text += '\n';
    element.childNodes.forEach(walk);
    if (block) text += '\n';
  };
  cell.childNodes.forEach(walk);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The largest table in the HTML, as rows of text with its row and column spans as merged cells. */
export function tableFromHtml(html: string): TableSource | null {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const tables = [...document.querySelectorAll('table')].filter((table) => !table.querySelector('table'));
  const table = tables.sort((a, b) => b.querySelectorAll('td, th').length - a.querySelectorAll('td, th').length)[0];
  if (!table) return null;
  const rows: string[][] = [];
  const merged: MergedCells[] = [];
  const taken: boolean[][] = [];
  [...table.rows].slice(0, SPREADSHEET_LIMITS.rows + 1).forEach((tableRow, row) => {
    rows[row] ??= [];
    taken[row] ??= [];
    let column = 0;
    for (const cell of [...tableRow.cells]) {
      while (taken[row]?.[column]) column++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan || 1, 1000));
      const columnSpan = Math.max(1, Math.min(cell.colSpan || 1, SPREADSHEET_LIMITS.columns));
      (rows[row] as string[])[column] = cellText(cell);
      for (let r = row; r < row + rowSpan; r++) for (let c = column; c < column + columnSpan; c++) ((taken[r] ??= [])[c] = true);
      if (rowSpan > 1 || columnSpan > 1) merged.push({ row, column, rows: rowSpan, columns: columnSpan });
      column += columnSpan;
    }
  });
  const width = taken.reduce((widest, row) => Math.max(widest, row.length), 0);
  const filled = rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
  return { kind: 'paste', name: PASTE_NAME, sheets: [sheetTable(PASTE_NAME, filled, { merged })] };
}

export type PasteResult = { ok: true; source: TableSource } | { ok: false; error: string } | null;

/** The pasted table, an error (too large), or null when the clipboard holds no table. */
export async function tableFromClipboard({ html, text }: { html: string; text: string }): Promise<PasteResult> {
  if (/<table[\s>]/i.test(html)) {
    const source = tableFromHtml(html);
    if (source) {
      const sheet = source.sheets[0];
      if (sheet && sheet.rows.length > SPREADSHEET_LIMITS.rows) return { ok: false, error: `The pasted table has more than ${SPREADSHEET_LIMITS.rows.toLocaleString('en-GB')} rows; paste at most that many at once.` };
      return { ok: true, source };
    }
  }
  if (!text.includes('\t')) return null;
  const { readDelimited } = await import('../../import/readDelimited');
  const read = readDelimited(text, PASTE_NAME, '\t');
  return read.ok ? { ok: true, source: { kind: 'paste', name: PASTE_NAME, sheets: [read.sheet] } } : read;
}
