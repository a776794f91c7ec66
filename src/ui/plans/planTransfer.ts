/**
 * Moving a plan (PRODUCT.md §18): the plan file written from this computer's stored models (each
 * with its saved versions and comments), and a plan file read into a new plan of new copies.
 */
import { commentsUpdateFor, readThreads } from '../../document/comments';
import { mapsOf } from '../../document/layout';
import { projectDocument } from '../../document/project';
import { encodeVersions, storedVersions } from '../../document/versions';
import { newId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import type { SavedVersion } from '../../domain/versions';
import { decodeVersionContent } from '../../file/versionContent';
import { asNewCopies, MAX_PLAN_FILE_BYTES, parsePlanFile, serialisePlan, type PlanFileModel } from '../../file/planFile';
import type { ModelRepository } from '../../storage/repository';
import { documentOf } from '../../storage/storedModel';

/** A stored model as the plan file carries it; undefined when it is no longer stored. */
async function storedModelForFile(repository: ModelRepository, id: string): Promise<PlanFileModel | undefined> {
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') return undefined;
  const doc = documentOf(loaded.document.updates);
  try {
    const model = projectDocument(mapsOf(doc));
    const versions: SavedVersion[] = [];
    for (const stored of storedVersions(doc)) {
      const decoded = await decodeVersionContent(stored.content);
      if (decoded.ok) versions.push({ info: stored.info, content: decoded.content });
    }
    versions.sort((a, b) => (a.info.savedAt < b.info.savedAt ? -1 : a.info.savedAt > b.info.savedAt ? 1 : 0));
    const commentRows = await repository.loadComments(id);
    const commentsDoc = documentOf(commentRows.updates);
    const comments = readThreads(commentsDoc);
    commentsDoc.destroy();
    return { model, versions, comments };
  } finally {
    doc.destroy();
  }
}

export async function planFileText(repository: ModelRepository, plan: Plan): Promise<string> {
  const models: PlanFileModel[] = [];
  for (const id of plan.models) {
    // A model gets its uid before it leaves, so the links to it hold in the file.
    await repository.ensureUid(id);
    const entry = await storedModelForFile(repository, id);
    if (entry) models.push(entry);
  }
  return serialisePlan(plan.name, models);
}

export function planFileName(name: string): string {
  const stem = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '');
  return `${stem || 'plan'}.plan.json`;
}

export type PlanImport = { ok: true; plan: Plan } | { ok: false; error: string };

/** Reads a plan file into a new plan of new copies (never overwriting a model); nothing is kept if a model fails to store. */
export async function importPlanFile(file: File, repository: ModelRepository, now: number = Date.now()): Promise<PlanImport> {
  const name = file.name || 'the file';
  if (file.size > MAX_PLAN_FILE_BYTES) return { ok: false, error: `Could not import “${name}”: the file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); plan files may be at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB.` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `Could not import “${name}”: the browser could not read the file.` };
  }
  const parsed = parsePlanFile(text);
  if (!parsed.ok) return { ok: false, error: `Could not import “${name}”: ${parsed.error}` };
  const made: string[] = [];
  try {
    for (const entry of asNewCopies(parsed.models)) {
      const model = await repository.create(entry.model, await encodeVersions(entry.versions));
      made.push(model.id);
      if (entry.comments.length) await repository.appendComments(model.id, commentsUpdateFor(entry.comments));
    }
    const plan: Plan = { id: newId('plan'), name: parsed.name, models: made, createdAt: now, updatedAt: now };
    await repository.savePlan(plan);
    return { ok: true, plan };
  } catch (error) {
    for (const id of made) await repository.purge(id).catch(() => undefined);
    return { ok: false, error: `Could not import “${name}”: ${error instanceof Error ? error.message : String(error)}` };
  }
}
