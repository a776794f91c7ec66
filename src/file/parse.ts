/**
 * The one way into the app for a model: an imported file, a template and a stored model all pass
 * through parseModelDocument, so they are checked the same way. A bad input yields one message that
 * names the problem (which box, which field) and nothing else happens.
 */
import { newId } from '../domain/ids';
import { isLevelId, LEVEL_IDS } from '../domain/levels';
import { placeBoxes } from '../domain/edits';
import { boxXFor, isLaneId } from '../domain/lanes';
import type { Box, Condition, Link, ModelContent } from '../domain/model';
import { ASSUMPTION_STATUSES, RISK_STATUSES } from '../domain/model';
import type { Thread } from '../domain/comments';
import type { SavedVersion } from '../domain/versions';
import { MAX_FILE_WITH_VERSIONS_BYTES, MAX_MODEL_FILE_BYTES, MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from './format';
import { isReadableVersion, migrateToCurrent } from './migrations';
import { describe, FileProblem, isRecord, optionalNumber, optionalText, requireText, withOptional } from './fields';
import { newProgressIds, parseProgress } from './parseProgress';
import { parseComments } from './parseComments';
import { parseVersions } from './parseVersions';
import { parseBoxLinks, parseUid } from './parseModelLinks';

/**
 * A good file's model, its saved versions (oldest first, as the file lists them) and its comment
 * threads (none of either before version 3).
 */
export type ParseResult = { ok: true; model: ModelContent; versions: readonly SavedVersion[]; comments: readonly Thread[] } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// A control character in an id would make the page, and every image of it, invalid XML.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A place in the file, kept as a parent chain so that the path text is only built for a message. */
interface Place {
  readonly value: unknown;
  readonly parent: Place | null;
  readonly step: string;
}

function pathOf(place: Place): string {
  const steps: string[] = [];
  for (let at: Place | null = place; at; at = at.parent) steps.push(at.step);
  return steps.reverse().join('');
}

/**
 * Finds keys that could poison prototypes when a file's objects are spread or merged. Walks with its
 * own stack, not by recursion: a small file nested thousands of levels deep would overflow the call
 * stack, and parsing must answer with a message, never throw.
 */
function checkKeys(root: unknown): void {
  // Nearly every file is clean: a cheap walk first, and the places kept only to word a message.
  if (!hasForbiddenKey(root)) return;
  const pending: Place[] = [{ value: root, parent: null, step: '' }];
  while (pending.length) {
    const place = pending.pop() as Place;
    const { value } = place;
    const children: Place[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => children.push({ value: item, parent: place, step: `[${index}]` }));
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) throw new FileProblem(`The file contains the forbidden key "${key}" (in ${pathOf(place) || 'the top level'}), so it was not opened.`);
        children.push({ value: (value as Record<string, unknown>)[key], parent: place, step: place.parent ? `.${key}` : key });
      }
    }
    // Reversed, so the first problem in file order is the one reported.
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Place);
  }
}

/** Whether any object in the file has a forbidden key: the same walk as checkKeys, keeping no places. */
function hasForbiddenKey(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object') pending.push(value[i]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return true;
        const child = (value as Record<string, unknown>)[key];
        if (typeof child === 'object') pending.push(child);
      }
    }
  }
  return false;
}

function requireList(doc: Record<string, unknown>, field: string, required: boolean): unknown[] {
  const value = doc[field];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new FileProblem(value === undefined ? `The file has no "${field}" list.` : `"${field}" must be a list, but it is ${describe(value)}.`);
  return value;
}

function boxName(record: Record<string, unknown>, index: number): string {
  const id = typeof record.id === 'string' && record.id ? ` "${record.id}"` : '';
  return `Box ${index + 1}${id}`;
}

function parseBoxes(doc: Record<string, unknown>): { boxes: Box[]; unplaced: Set<string> } {
  const boxes: Box[] = [];
  const unplaced = new Set<string>();
  const firstIndexOf = new Map<string, number>();
  const progressIds = newProgressIds();
  requireList(doc, 'boxes', true).forEach((raw, index) => {
    if (!isRecord(raw)) throw new FileProblem(`Box ${index + 1} must be an object, but it is ${describe(raw)}.`);
    const where = boxName(raw, index);
    const id = requireText(raw, 'id', where);
    if (!id.trim()) throw new FileProblem(`${where} has an empty "id".`);
    if (CONTROL_CHARACTER.test(id)) throw new FileProblem(`${where} has an "id" with a control character in it.`);
    if (isLaneId(id)) throw new FileProblem(`${where} has the id "${id}", which the editor keeps for its lanes; give the box another id.`);
    const earlier = firstIndexOf.get(id);
    if (earlier !== undefined) throw new FileProblem(`Two boxes have the id "${id}" (boxes ${earlier + 1} and ${index + 1}); every box needs its own id.`);
    firstIndexOf.set(id, index);
    const level = raw.level;
    if (!isLevelId(level)) {
      throw new FileProblem(
        level === undefined
          ? `${where} has no "level".`
          : `${where} has an unknown level ${describe(level)}; the levels are ${LEVEL_IDS.join(', ')}.`,
      );
    }
    const label = requireText(raw, 'label', where);
    // x is checked like any field, but the box's level decides where it stands across.
    optionalNumber(raw, 'x', where);
    const y = optionalNumber(raw, 'y', where);
    if (y === undefined) unplaced.add(id);
    const box = withOptional<Box>(
      // A box always stands in the middle of its level's lane, whatever x the file gives.
      { id, level, label, x: boxXFor(level), y: y ?? 0 },
      { notes: optionalText(raw, 'notes', where), feature: optionalText(raw, 'feature', where), owner: optionalText(raw, 'owner', where) },
    );
    boxes.push({ ...box, ...parseProgress(raw, where, progressIds), ...parseBoxLinks(raw, where) });
  });
  return { boxes, unplaced };
}

function parseLinks(doc: Record<string, unknown>, boxIds: ReadonlySet<string>): Link[] {
  const links: Link[] = [];
  const ids = new Set<string>();
  requireList(doc, 'links', false).forEach((raw, index) => {
    if (!isRecord(raw)) throw new FileProblem(`Link ${index + 1} must be an object, but it is ${describe(raw)}.`);
    const where = `Link ${index + 1}${typeof raw.id === 'string' && raw.id ? ` "${raw.id}"` : ''}`;
    const id = optionalText(raw, 'id', where) ?? newId('link');
    if (ids.has(id)) throw new FileProblem(`Two links have the id "${id}"; every link needs its own id.`);
    ids.add(id);
    const source = requireText(raw, 'source', where);
    const target = requireText(raw, 'target', where);
    if (!boxIds.has(source)) throw new FileProblem(`${where} starts at box "${source}", which is not in the file.`);
    if (!boxIds.has(target)) throw new FileProblem(`${where} ends at box "${target}", which is not in the file.`);
    if (source === target) throw new FileProblem(`${where} links box "${source}" to itself.`);
    links.push(withOptional<Link>({ id, source, target }, { note: optionalText(raw, 'note', where) }));
  });
  return links;
}

function parseConditions(doc: Record<string, unknown>): Condition[] {
  const conditions: Condition[] = [];
  const ids = new Set<string>();
  requireList(doc, 'conditions', false).forEach((raw, index) => {
    if (!isRecord(raw)) throw new FileProblem(`Condition ${index + 1} must be an object, but it is ${describe(raw)}.`);
    const where = `Condition ${index + 1}${typeof raw.id === 'string' && raw.id ? ` "${raw.id}"` : ''}`;
    const id = optionalText(raw, 'id', where) ?? newId('cond');
    if (ids.has(id)) throw new FileProblem(`Two conditions have the id "${id}"; every condition needs its own id.`);
    ids.add(id);
    const kind = raw.kind;
    if (kind !== 'assumption' && kind !== 'risk') throw new FileProblem(`${where}: "kind" must be "assumption" or "risk", but it is ${describe(kind)}.`);
    const text = requireText(raw, 'text', where);
    const allowed: readonly string[] = kind === 'assumption' ? ASSUMPTION_STATUSES : RISK_STATUSES;
    const status = raw.status === undefined ? 'unchecked' : raw.status;
    if (typeof status !== 'string' || !allowed.includes(status)) {
      throw new FileProblem(`${where}: "status" of ${kind === 'assumption' ? 'an assumption' : 'a risk'} must be one of ${allowed.join(', ')}, but it is ${describe(status)}.`);
    }
    const comment = optionalText(raw, 'comment', where);
    conditions.push(withOptional({ id, kind, text, status } as Condition, { comment }));
  });
  return conditions;
}

/** Checks a parsed model file object and turns it into model content. */
export function parseModelDocument(doc: unknown): ParseResult {
  try {
    if (!isRecord(doc)) throw new FileProblem(`The file must hold one JSON object, but it holds ${describe(doc)}.`);
    checkKeys(doc);
    if (doc.format !== MODEL_FILE_FORMAT) {
      throw new FileProblem(
        doc.format === undefined
          ? 'This is not an Outcome Chains model file: it has no "format" field.'
          : `This is not an Outcome Chains model file: its format is ${describe(doc.format)}, not "${MODEL_FILE_FORMAT}".`,
      );
    }
    if (!isReadableVersion(doc.formatVersion)) {
      const newer = typeof doc.formatVersion === 'number' && doc.formatVersion > MODEL_FILE_VERSION;
      throw new FileProblem(
        newer
          ? `This model file is format version ${String(doc.formatVersion)}, made by a newer Outcome Chains; this one reads versions 1 to ${MODEL_FILE_VERSION}.`
          : `"formatVersion" must be a whole number from 1 to ${MODEL_FILE_VERSION}, but it is ${describe(doc.formatVersion)}.`,
      );
    }
    return parseCurrentDocument(migrateToCurrent(doc));
  } catch (error) {
    if (error instanceof FileProblem) return { ok: false, error: error.message };
    throw error;
  }
}

/** A model's content (the file's top level, or a saved version's `content`) at the newest version. */
function parseContent(doc: Readonly<Record<string, unknown>>, where: string): ModelContent {
  const uid = parseUid(doc, where);
  const title = requireText(doc, 'title', where);
  const description = optionalText(doc, 'description', where);
  const { boxes, unplaced } = parseBoxes(doc);
  const links = parseLinks(doc, new Set(boxes.map((box) => box.id)));
  const conditions = parseConditions(doc);
  const model: ModelContent = withOptional<ModelContent>({ title, boxes, links, conditions }, { uid, description });
  return placeBoxes(model, unplaced);
}

/** Checks a file object of the newest version (already migrated). */
function parseCurrentDocument(doc: Readonly<Record<string, unknown>>): ParseResult {
  const model = parseContent(doc, 'The file');
  const versions = parseVersions(doc, (content) => parseContent(content, 'Its content'));
  const comments = parseComments(doc);
  return { ok: true, model, versions, comments };
}

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * Byte length of text as UTF-8, without the DOM's TextEncoder being required. Every character is at
 * least one byte; only the runs of non-ASCII characters, found by the regex engine, are counted one
 * by one: a large file is nearly all ASCII.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  NON_ASCII_RUN.lastIndex = 0;
  for (let match = NON_ASCII_RUN.exec(text); match; match = NON_ASCII_RUN.exec(text)) {
    const run = match[0];
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      if (code < 0x800) bytes += 1;
      else if (code >= 0xd800 && code <= 0xdbff) {
        // With the low surrogate after it (counted once already), four bytes for the pair.
        bytes += 2;
        i++;
      } else bytes += 2;
    }
  }
  return bytes;
}

/** A model file nests seven levels deep (a saved version's box's evidence); far deeper is a hostile file that would stall JSON.parse. */
export const MAX_NESTING = 64;

/** How deep the brackets of a JSON text nest (outside strings), stopping once past `limit`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

function tooLarge(size: number, withVersions: boolean): ParseResult {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return withVersions
    ? { ok: false, error: `The file is too large (${megabytes} MB); model files with their saved versions may be at most ${MAX_FILE_WITH_VERSIONS_BYTES / 1024 / 1024} MB.` }
    : { ok: false, error: `The file is too large (${megabytes} MB); model files may be at most 5 MB.` };
}

/** Parses the text of a model file: size, JSON, then parseModelDocument. */
export function parseModelFile(text: string): ParseResult {
  const size = text.length > MAX_MODEL_FILE_BYTES / 4 ? utf8Length(text) : text.length;
  // Only a file carrying saved versions may pass 5 MB; one that merely names them is refused once parsed.
  const mayHoldVersions = size > MAX_MODEL_FILE_BYTES && text.includes('"versions"');
  if (size > MAX_FILE_WITH_VERSIONS_BYTES || (size > MAX_MODEL_FILE_BYTES && !mayHoldVersions)) return tooLarge(size, mayHoldVersions);
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) {
    return { ok: false, error: `This file is not a model file: its data is nested more than ${MAX_NESTING} levels deep.` };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, error: `This file is not a model file: it is not valid JSON${detail}.` };
  }
  const result = parseModelDocument(doc);
  if (result.ok && size > MAX_MODEL_FILE_BYTES && !result.versions.length) return tooLarge(size, false);
  return result;
}
