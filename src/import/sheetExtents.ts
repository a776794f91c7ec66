/**
 * A quick look at an .xlsx's parts as zipGuard unpacks them: the sheets' names (workbook.xml and its
 * relationships), each sheet's declared extent (`<dimension ref="A1:K2001">`, which Excel and
 * LibreOffice write first) and, for a sheet that declares none or too little, its rows counted as
 * they unpack. A sheet over the limits is refused before SheetJS parses any of it (SheetJS would
 * read every row of a million-row sheet before it could say so).
 */
import { SPREADSHEET_LIMITS } from '../spreadsheet/table';
import { tooManyColumns, tooManyRows } from './limitMessages';
import type { Inspect, Watch } from './zipGuard';

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const decoder = new TextDecoder();
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const LESS_THAN = 0x3c;
const SLASH = 0x2f;
const COLON = 0x3a;
/** Bytes that end a tag's name: whitespace, '/' and '>'. */
const endsName = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH || byte === 0x3e;

/**
 * Counts the rows that hold cells (`<row>` then `<c>`, with or without a namespace prefix) in a
 * worksheet's XML as it unpacks, and stops past the limit. Rows that hold no cells (Excel writes
 * formatted empty rows) are not counted, as a declared extent would not count them either.
 */
function rowCounter(sheet: () => string): Watch {
  let rows = 0;
  let rowOpen = false;
  // The start of a tag whose name runs on into the next chunk.
  let pending: Uint8Array | null = null;
  return (chunk) => {
    let bytes = chunk;
    if (pending) {
      bytes = new Uint8Array(pending.length + chunk.length);
      bytes.set(pending);
      bytes.set(chunk, pending.length);
      pending = null;
    }
    for (let at = bytes.indexOf(LESS_THAN); at !== -1; at = bytes.indexOf(LESS_THAN, at + 1)) {
      const closing = bytes[at + 1] === SLASH;
      let start = at + (closing ? 2 : 1);
      let end = start;
      for (; end < bytes.length && !endsName(bytes[end] as number); end++) if (bytes[end] === COLON) start = end + 1;
      if (end >= bytes.length) {
        // No element name is this long; a longer run is not a tag that matters here.
        if (end - at < 64) pending = bytes.slice(at);
        break;
      }
      const length = end - start;
      if (length === 3 && bytes[start] === 0x72 && bytes[start + 1] === 0x6f && bytes[start + 2] === 0x77) rowOpen = !closing;
      else if (length === 1 && bytes[start] === 0x63 && !closing && rowOpen) {
        rowOpen = false;
        if (++rows > SPREADSHEET_LIMITS.rows) return tooManyRows(sheet());
      }
    }
    return undefined;
  };
}

export function sheetExtentCheck(): Inspect {
  const sheetByRelation = new Map<string, string>();
  const targetByRelation = new Map<string, string>();
  const nameOf = (path: string): string => {
    for (const [relation, target] of targetByRelation) {
      if (`xl/${target.replace(/^\/?xl\//, '').replace(/^\//, '')}` === path) return sheetByRelation.get(relation) ?? path;
    }
    return path.replace(/^.*\//, '').replace(/\.xml$/, '');
  };
  return (name, head) => {
    if (name === 'xl/workbook.xml') {
      for (const tag of decoder.decode(head).match(/<sheet\s[^>]*>/g) ?? []) {
        const relation = attribute(tag, 'r:id');
        const sheet = attribute(tag, 'name');
        if (relation && sheet) sheetByRelation.set(relation, unescape(sheet));
      }
    } else if (name === 'xl/_rels/workbook.xml.rels') {
      for (const tag of decoder.decode(head).match(/<Relationship\s[^>]*>/g) ?? []) {
        const id = attribute(tag, 'Id');
        const target = attribute(tag, 'Target');
        if (id && target) targetByRelation.set(id, target);
      }
    } else if (name.startsWith('xl/worksheets/')) {
      const extent = /<dimension\s+ref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"/.exec(decoder.decode(head));
      if (!extent) return rowCounter(() => nameOf(name));
      const rows = Number(extent[4] ?? extent[2]) - Number(extent[2]) + 1;
      const columns = columnNumber(extent[3] ?? (extent[1] as string)) - columnNumber(extent[1] as string) + 1;
      if (rows > SPREADSHEET_LIMITS.rows) return tooManyRows(nameOf(name), rows);
      if (columns > SPREADSHEET_LIMITS.columns) return tooManyColumns(nameOf(name), columns);
      // An extent may understate the rows that follow it; counting costs little beside unpacking.
      return rowCounter(() => nameOf(name));
    }
    return undefined;
  };
}
