/**
 * Reads a version-3 file's saved versions (PRODUCT.md §7, §12). Each version's content is a model's
 * content and goes through the very parser the model does; a bad version is refused naming it.
 */
import type { ModelContent } from '../domain/model';
import { countsOf, isIsoDateTime, MAX_VERSIONS, type SavedVersion, type VersionInfo } from '../domain/versions';
import { describe, FileProblem, isRecord, optionalText, requireText, withOptional } from './fields';

// A control character in an id would make the page's markup invalid.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function versionName(record: Record<string, unknown>, index: number): string {
  const name = typeof record.name === 'string' && record.name.trim() ? ` "${record.name.length > 40 ? `${record.name.slice(0, 40)}…` : record.name}"` : '';
  return `Saved version ${index + 1}${name}`;
}

/**
 * The file's versions, in the file's order; none when it has no `versions` field. `parseContent`
 * is the model's own content parser, so a version is held to exactly what a model is.
 */
export function parseVersions(doc: Readonly<Record<string, unknown>>, parseContent: (content: Record<string, unknown>) => ModelContent): SavedVersion[] {
  const raw = doc.versions;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new FileProblem(`"versions" must be a list, but it is ${describe(raw)}.`);
  if (raw.length > MAX_VERSIONS) {
    throw new FileProblem(`The file holds ${raw.length.toLocaleString('en-GB')} saved versions; a model keeps at most ${MAX_VERSIONS}.`);
  }
  const ids = new Set<string>();
  return raw.map((entry, index) => {
    if (!isRecord(entry)) throw new FileProblem(`Saved version ${index + 1} must be an object, but it is ${describe(entry)}.`);
    const where = versionName(entry, index);
    const id = requireText(entry, 'id', where);
    if (!id.trim()) throw new FileProblem(`${where} has an empty "id".`);
    if (CONTROL_CHARACTER.test(id)) throw new FileProblem(`${where} has an "id" with a control character in it.`);
    if (ids.has(id)) throw new FileProblem(`Two saved versions have the id "${id}"; every version needs its own id.`);
    ids.add(id);
    const name = requireText(entry, 'name', where);
    if (!name.trim()) throw new FileProblem(`${where} has an empty "name".`);
    const savedAt = requireText(entry, 'savedAt', where);
    if (!isIsoDateTime(savedAt)) throw new FileProblem(`${where}: "savedAt" must be a date and time written like 2026-09-03T10:15:00Z, but it is ${describe(savedAt)}.`);
    const contentRecord = entry.content;
    if (!isRecord(contentRecord)) {
      throw new FileProblem(contentRecord === undefined ? `${where} has no "content".` : `${where}: "content" must be an object, but it is ${describe(contentRecord)}.`);
    }
    let content: ModelContent;
    try {
      content = parseContent(contentRecord);
    } catch (error) {
      if (error instanceof FileProblem) throw new FileProblem(`${where}: ${error.message}`);
      throw error;
    }
    const info = withOptional<VersionInfo>(
      { id, name, savedAt, counts: countsOf(content) },
      { note: optionalText(entry, 'note', where), by: optionalText(entry, 'by', where) },
    );
    return { info, content };
  });
}
