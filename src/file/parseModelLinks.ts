/**
 * Reads a version-4 file's links between models (PRODUCT.md §7, §18): the model's `uid`, a box's
 * `opens` and `contributesTo`. A reference to a model that is not on this computer is kept, never
 * refused: the model may arrive later, and the box says plainly that it is missing. A reference of
 * the wrong shape is refused naming the box and the entry.
 */
import type { Contribution, ModelOpening } from '../domain/model';
import { MAX_CONTRIBUTIONS_PER_BOX, MAX_REFERENCE_LENGTH } from '../domain/modelLinks';
import { describe, FileProblem, isRecord, optionalText } from './fields';

// A control character in an id would make the page's markup invalid.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function reference(record: Record<string, unknown>, field: string, where: string, required: boolean): string | undefined {
  const value = optionalText(record, field, where);
  if (value === undefined) {
    if (required) throw new FileProblem(`${where} has no "${field}".`);
    return undefined;
  }
  if (!value.trim()) throw new FileProblem(`${where} has an empty "${field}".`);
  if (CONTROL_CHARACTER.test(value)) throw new FileProblem(`${where}: "${field}" has a control character in it.`);
  if (value.length > MAX_REFERENCE_LENGTH) throw new FileProblem(`${where}: "${field}" is ${value.length} characters long; it can be at most ${MAX_REFERENCE_LENGTH}.`);
  return value;
}

/** The model's uid, when the file has one. */
export function parseUid(doc: Record<string, unknown>, where: string): string | undefined {
  return reference(doc, 'uid', where, false);
}

function parseOpens(raw: unknown, where: string): ModelOpening | undefined {
  if (raw === undefined || raw === null) return undefined;
  const place = `${where}'s "opens"`;
  if (!isRecord(raw)) throw new FileProblem(`${where}: "opens" must be an object, but it is ${describe(raw)}.`);
  const model = reference(raw, 'model', place, true) as string;
  const title = optionalText(raw, 'title', place);
  if (title !== undefined && title.length > MAX_REFERENCE_LENGTH * 5) throw new FileProblem(`${place}: "title" is too long (${title.length} characters).`);
  return title === undefined ? { model } : { model, title };
}

function parseContribution(raw: unknown, where: string): Contribution {
  if (!isRecord(raw)) throw new FileProblem(`${where} must be an object, but it is ${describe(raw)}.`);
  if (raw.framework !== undefined) {
    const framework = reference(raw, 'framework', where, true) as string;
    const edition = reference(raw, 'edition', where, true) as string;
    const outcome = reference(raw, 'outcome', where, true) as string;
    return { framework, edition, outcome };
  }
  if (raw.model === undefined) throw new FileProblem(`${where} names neither a "model" and "box" nor a "framework", "edition" and "outcome".`);
  const model = reference(raw, 'model', where, true) as string;
  const box = reference(raw, 'box', where, true) as string;
  return { model, box };
}

function parseContributions(raw: unknown, where: string): Contribution[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw new FileProblem(`${where}: "contributesTo" must be a list, but it is ${describe(raw)}.`);
  if (raw.length > MAX_CONTRIBUTIONS_PER_BOX) throw new FileProblem(`${where} contributes to ${raw.length} outcomes; a box can contribute to at most ${MAX_CONTRIBUTIONS_PER_BOX}.`);
  const out: Contribution[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    const contribution = parseContribution(entry, `${where}, contribution ${index + 1}`);
    const key = JSON.stringify(contribution);
    // The same target twice says nothing more: kept once.
    if (seen.has(key)) return;
    seen.add(key);
    out.push(contribution);
  });
  return out.length ? out : undefined;
}

/** A box's `opens` and `contributesTo`, only those the file sets. */
export function parseBoxLinks(raw: Record<string, unknown>, where: string): { opens?: ModelOpening; contributesTo?: readonly Contribution[] } {
  if (raw.opens === undefined && raw.contributesTo === undefined) return {};
  const out: { opens?: ModelOpening; contributesTo?: readonly Contribution[] } = {};
  const opens = parseOpens(raw.opens, where);
  if (opens) out.opens = opens;
  const contributesTo = parseContributions(raw.contributesTo, where);
  if (contributesTo) out.contributesTo = contributesTo;
  return out;
}
