/**
 * A quick look at an .xlsx's parts as zipGuard unpacks them: the sheets' names (workbook.xml and its
 * relationships) and each sheet's declared extent (`<dimension ref="A1:K2001">`, which Excel and
 * LibreOffice write first). A sheet over the limits is refused before SheetJS parses any of it.
 */
import { SPREADSHEET_LIMITS } from '../spreadsheet/table';
import { tooManyColumns, tooManyRows } from './limitMessages';
import type { Inspect } from './zipGuard';

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const decoder = new TextDecoder();
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

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
      if (!extent) return undefined;
      const rows = Number(extent[4] ?? extent[2]) - Number(extent[2]) + 1;
      const columns = columnNumber(extent[3] ?? (extent[1] as string)) - columnNumber(extent[1] as string) + 1;
      if (rows > SPREADSHEET_LIMITS.rows) return tooManyRows(nameOf(name), rows);
      if (columns > SPREADSHEET_LIMITS.columns) return tooManyColumns(nameOf(name), columns);
    }
    return undefined;
  };
}
