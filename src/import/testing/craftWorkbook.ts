/** Hand-made .xlsx files for the reader's tests: real zips of real SpreadsheetML, some hostile. */
import { strToU8, zipSync, type Zippable } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook whose sheets have the given <sheetData> (and anything after it, such as <mergeCells>). */
export function craftWorkbookFiles(sheets: readonly { name: string; body: string }[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
        .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${sheets.map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${RELS}">${sheet.body}</worksheet>`);
  });
  return files;
}

/** `level` 1 packs a huge sheet several times faster, and a workbook any level reads the same. */
export function craftWorkbook(sheets: readonly { name: string; body: string }[], extra: Zippable = {}, level: 1 | 6 = 6): Uint8Array {
  return zipSync({ ...craftWorkbookFiles(sheets), ...extra }, { level });
}

/** An inline-string cell. */
export function textCell(reference: string, text: string): string {
  return `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** Rows of inline-string cells, from row 1 and column A. */
export function sheetData(rows: readonly (readonly string[])[]): string {
  return `<sheetData>${rows
    .map((row, index) => `<row r="${index + 1}">${row.map((text, column) => (text ? textCell(`${String.fromCharCode(65 + column)}${index + 1}`, text) : '')).join('')}</row>`)
    .join('')}</sheetData>`;
}

/** Rewrites the sizes an entry declares, in its local header and the central directory, as a lying zip would. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const nameBytes = strToU8(name);
  for (let at = 0; at < bytes.length - 46; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x02014b50 ? at + 46 : signature === 0x04034b50 ? at + 30 : -1;
    if (nameAt < 0) continue;
    const length = view.getUint16(at + (signature === 0x02014b50 ? 28 : 26), true);
    if (length !== nameBytes.length || !nameBytes.every((byte, index) => bytes[nameAt + index] === byte)) continue;
    view.setUint32(at + (signature === 0x02014b50 ? 24 : 22), size, true);
  }
  return bytes;
}

/** Sets the "encrypted" flag on every entry, as a zip with a password has it. */
export function markEncrypted(zip: Uint8Array): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 46; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    if (signature === 0x04034b50) view.setUint16(at + 6, view.getUint16(at + 6, true) | 1, true);
  }
  return bytes;
}
