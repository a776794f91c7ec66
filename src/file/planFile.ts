/**
 * The plan file (PRODUCT.md §7, §18): a plan's name and its models, each a whole model file, so a
 * plan moves between computers in one file. Read with the same care as a model file: sizes and depth
 * checked before parsing, every model through the one model file parser, and a model refused names
 * the model. Importing makes new copies (new uids) and keeps the links between them.
 */
import type { Contribution, ModelContent } from '../domain/model';
import { isModelContribution, newModelUid } from '../domain/modelLinks';
import type { Thread } from '../domain/comments';
import type { SavedVersion } from '../domain/versions';
import { MAX_PLAN_NAME_LENGTH, MAX_MODELS_PER_PLAN } from '../domain/plan';
import { describe, isRecord } from './fields';
import { MAX_NESTING, nestingDepth, parseModelDocument, utf8Length } from './parse';
import { toModelDocument } from './serialise';

export const PLAN_FILE_FORMAT = 'outcome-chains/plan';
export const PLAN_FILE_VERSION = 1;
/** Many models, each with its history: a hard cap, checked before parsing. */
export const MAX_PLAN_FILE_BYTES = 100 * 1024 * 1024;

export interface PlanFileModel {
  readonly model: ModelContent;
  readonly versions: readonly SavedVersion[];
  readonly comments: readonly Thread[];
}

export type PlanParseResult = { ok: true; name: string; models: readonly PlanFileModel[] } | { ok: false; error: string };

/** The plan file as text: the name, then each model as its model file. */
export function serialisePlan(name: string, models: readonly PlanFileModel[]): string {
  const doc = { format: PLAN_FILE_FORMAT, formatVersion: PLAN_FILE_VERSION, name, models: models.map(({ model, versions, comments }) => toModelDocument(model, versions, comments)) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function modelName(raw: unknown, index: number): string {
  const title = isRecord(raw) && typeof raw.title === 'string' && raw.title.trim() ? ` “${raw.title.length > 60 ? `${raw.title.slice(0, 60)}…` : raw.title}”` : '';
  return `Model ${index + 1}${title}`;
}

export function parsePlanFile(text: string): PlanParseResult {
  const size = text.length > MAX_PLAN_FILE_BYTES / 4 ? utf8Length(text) : text.length;
  if (size > MAX_PLAN_FILE_BYTES) return { ok: false, error: `The file is too large (${(size / 1024 / 1024).toFixed(1)} MB); plan files may be at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB.` };
  // A plan nests its model files two levels down.
  if (nestingDepth(text, MAX_NESTING + 2) > MAX_NESTING + 2) return { ok: false, error: `This file is not a plan file: its data is nested more than ${MAX_NESTING + 2} levels deep.` };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This file is not a plan file: it is not valid JSON${error instanceof Error ? ` (${error.message})` : ''}.` };
  }
  return parsePlanDocument(doc);
}

export function parsePlanDocument(doc: unknown): PlanParseResult {
  if (!isRecord(doc)) return { ok: false, error: `The file must hold one JSON object, but it holds ${describe(doc)}.` };
  for (const key of Object.keys(doc)) if (key === '__proto__' || key === 'constructor' || key === 'prototype') return { ok: false, error: `The file contains the forbidden key "${key}" (in the top level), so it was not opened.` };
  if (doc.format !== PLAN_FILE_FORMAT) {
    if (doc.format === 'outcome-chains/logic-model') return { ok: false, error: 'This is a model file, not a plan file: import it as a model.' };
    return { ok: false, error: doc.format === undefined ? 'This is not an Outcome Chains plan file: it has no "format" field.' : `This is not an Outcome Chains plan file: its format is ${describe(doc.format)}, not "${PLAN_FILE_FORMAT}".` };
  }
  if (doc.formatVersion !== PLAN_FILE_VERSION) {
    const newer = typeof doc.formatVersion === 'number' && doc.formatVersion > PLAN_FILE_VERSION;
    return { ok: false, error: newer ? `This plan file is format version ${String(doc.formatVersion)}, made by a newer Outcome Chains; this one reads version ${PLAN_FILE_VERSION}.` : `"formatVersion" must be ${PLAN_FILE_VERSION}, but it is ${describe(doc.formatVersion)}.` };
  }
  if (typeof doc.name !== 'string') return { ok: false, error: doc.name === undefined ? 'The plan file has no "name".' : `The plan's "name" must be text, but it is ${describe(doc.name)}.` };
  const name = doc.name.trim();
  if (!name) return { ok: false, error: "The plan's \"name\" is empty." };
  if (name.length > MAX_PLAN_NAME_LENGTH) return { ok: false, error: `The plan's "name" is ${name.length} characters long; it can be at most ${MAX_PLAN_NAME_LENGTH}.` };
  if (!Array.isArray(doc.models)) return { ok: false, error: doc.models === undefined ? 'The plan file has no "models" list.' : `"models" must be a list, but it is ${describe(doc.models)}.` };
  if (doc.models.length > MAX_MODELS_PER_PLAN) return { ok: false, error: `The plan holds ${doc.models.length} models; a plan can hold at most ${MAX_MODELS_PER_PLAN}.` };
  const models: PlanFileModel[] = [];
  const uids = new Set<string>();
  for (let index = 0; index < doc.models.length; index++) {
    const raw = doc.models[index];
    const parsed = parseModelDocument(raw);
    if (!parsed.ok) return { ok: false, error: `${modelName(raw, index)} could not be read, so the plan was not imported: ${parsed.error}` };
    if (parsed.model.uid) {
      if (uids.has(parsed.model.uid)) return { ok: false, error: `${modelName(raw, index)} has the same "uid" as an earlier model of the plan; every model needs its own.` };
      uids.add(parsed.model.uid);
    }
    models.push({ model: parsed.model, versions: parsed.versions, comments: parsed.comments });
  }
  return { ok: true, name, models };
}

function relinked(contribution: Contribution, fresh: ReadonlyMap<string, string>): Contribution {
  if (!isModelContribution(contribution)) return contribution;
  const uid = fresh.get(contribution.model);
  return uid ? { ...contribution, model: uid } : contribution;
}

/**
 * The plan's models as new copies: each a new uid, and every opening and contribution between them
 * pointing at the copies, so the links hold between the copies and never reach the originals. A link
 * to a model outside the plan is kept as it was (shown as missing until that model is here).
 */
export function asNewCopies(models: readonly PlanFileModel[], newUid: () => string = newModelUid): PlanFileModel[] {
  const fresh = new Map<string, string>();
  for (const { model } of models) if (model.uid) fresh.set(model.uid, newUid());
  return models.map((entry) => {
    const boxes = entry.model.boxes.map((box) => {
      if (!box.opens && !box.contributesTo) return box;
      const out = { ...box };
      if (box.opens) out.opens = { ...box.opens, model: fresh.get(box.opens.model) ?? box.opens.model };
      if (box.contributesTo) out.contributesTo = box.contributesTo.map((item) => relinked(item, fresh));
      return out;
    });
    return { ...entry, model: { ...entry.model, uid: entry.model.uid ? (fresh.get(entry.model.uid) as string) : newUid(), boxes } };
  });
}
