import { commentsUpdateFor } from '../document/comments';
import { parseModelFile } from '../file/parse';
import { MAX_FILE_WITH_VERSIONS_BYTES } from '../file/format';
import type { Model } from '../domain/model';
import { encodeVersions } from '../document/versions';
import type { ModelRepository } from '../storage/repository';

export type ImportResult = { ok: true; model: Model } | { ok: false; error: string };

/** Reads a chosen file and, when it is a good model file, adds it (with its saved versions) as a new model (never overwrites). */
export async function importModelFile(file: File, repository: ModelRepository): Promise<ImportResult> {
  const name = file.name || 'the file';
  // Checked before reading, so a huge file is never loaded into memory; parsing holds a file without versions to 5 MB.
  if (file.size > MAX_FILE_WITH_VERSIONS_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1);
    return { ok: false, error: `Could not import “${name}”: the file is too large (${megabytes} MB); model files may be at most 5 MB, or ${MAX_FILE_WITH_VERSIONS_BYTES / 1024 / 1024} MB with their saved versions.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `Could not import “${name}”: the browser could not read the file.` };
  }
  const parsed = parseModelFile(text);
  if (!parsed.ok) return { ok: false, error: `Could not import “${name}”: ${parsed.error}` };
  try {
    const model = await repository.create(parsed.model, await encodeVersions(parsed.versions));
    // The file's comments come with it, into the model's comments document.
    if (parsed.comments.length) await repository.appendComments(model.id, commentsUpdateFor(parsed.comments));
    return { ok: true, model };
  } catch (error) {
    return { ok: false, error: `Could not import “${name}”: ${error instanceof Error ? error.message : String(error)}` };
  }
}
