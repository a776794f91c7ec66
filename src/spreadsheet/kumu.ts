/**
 * Kumu's spreadsheet layout: an Elements sheet headed `Label` (with `Type`/`Level` and
 * `Description`), and a Connections sheet headed `From` and `To`. A type maps to a level through
 * the mapping (guessed from the type's words; the user can change it). From and To name an
 * element by its ID column when there is one, else by its label, as Kumu does.
 */
import { isLevelId } from '../domain/levels';
import { levelForHeading } from './levelHeadings';
import type { LevelChoice, LevelMapping } from './levelChoices';
import type { Draft, FileRecord } from './draft';
import { place, type Problems } from './problems';
import { SheetView } from './sheetView';
import type { SheetTable, TableSource } from './table';

export interface KumuSheets {
  readonly elements: number;
  readonly connections: number | null;
}

/** The type of an element as a mapping key; '' for none. */
function typeKey(view: SheetView, row: number): string {
  return (view.text(row, 'Type') || view.text(row, 'Level')).toLowerCase();
}

export function findKumuSheets(sheets: readonly SheetTable[]): KumuSheets | null {
  const elements = sheets.findIndex((sheet) => new SheetView(sheet).has('Label'));
  if (elements < 0) return null;
  const connections = sheets.findIndex((sheet, index) => index !== elements && new SheetView(sheet).has('From') && new SheetView(sheet).has('To'));
  return { elements, connections: connections < 0 ? null : connections };
}

export function kumuChoices(source: TableSource, sheets: KumuSheets): LevelChoice[] {
  const view = new SheetView(source.sheets[sheets.elements] as SheetTable);
  const counts = new Map<string, { words: string; count: number }>();
  for (const row of view.dataRows()) {
    const key = typeKey(view, row);
    const entry = counts.get(key) ?? { words: view.text(row, 'Type') || view.text(row, 'Level'), count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts].map(([key, { words, count }]) => ({
    key,
    label: `${key ? `Type “${words}”` : 'No type'} (${count} ${count === 1 ? 'element' : 'elements'})`,
    guess: key ? (levelForHeading(words) ?? null) : null,
  }));
}

export function readKumu(source: TableSource, sheets: KumuSheets, mapping: LevelMapping, problems: Problems): Draft {
  const view = new SheetView(source.sheets[sheets.elements] as SheetTable);
  const boxes: FileRecord[] = [];
  const byId = new Map<string, string>();
  const byLabel = new Map<string, string>();
  const leftOut = new Map<string, number>();
  for (const row of view.dataRows()) {
    const key = typeKey(view, row);
    const level = mapping[key];
    if (!isLevelId(level)) {
      leftOut.set(key, (leftOut.get(key) ?? 0) + 1);
      continue;
    }
    const ownId = view.text(row, 'ID');
    if (ownId && byId.has(ownId)) {
      problems.note(`${place(view.name, row)}: the ID “${ownId}” is already used; this element is left out.`);
      continue;
    }
    const id = ownId || `box-${row + 1}`;
    const label = view.text(row, 'Label');
    const box: FileRecord = { id, level, label };
    const notes = view.text(row, 'Description');
    if (notes) box.notes = notes;
    boxes.push(box);
    byId.set(ownId || id, id);
    if (!byLabel.has(label.toLowerCase())) byLabel.set(label.toLowerCase(), id);
  }
  for (const [key, count] of leftOut) {
    problems.note(`${view.name}: ${count} ${count === 1 ? 'element' : 'elements'} of ${key ? `type “${key}”` : 'no type'} ${count === 1 ? 'is' : 'are'} left out; choose a level for ${key ? 'that type' : 'them'} to bring ${count === 1 ? 'it' : 'them'} in.`);
  }

  const links: FileRecord[] = [];
  if (sheets.connections !== null) {
    const connections = new SheetView(source.sheets[sheets.connections] as SheetTable);
    const boxOf = (text: string) => byId.get(text) ?? byLabel.get(text.toLowerCase());
    for (const row of connections.dataRows()) {
      const from = connections.text(row, 'From');
      const to = connections.text(row, 'To');
      const source_ = boxOf(from);
      const target = boxOf(to);
      const at = place(connections.name, row);
      if (!source_) problems.note(`${at}: From “${from}” is not an element; this connection is left out.`);
      else if (!target) problems.note(`${at}: To “${to}” is not an element; this connection is left out.`);
      else if (source_ === target) problems.note(`${at}: connects “${from}” to itself; this connection is left out.`);
      else {
        const link: FileRecord = { source: source_, target };
        const note = connections.text(row, 'Description');
        if (note) link.note = note;
        links.push(link);
      }
    }
  }
  return { boxes, links, conditions: [] };
}
