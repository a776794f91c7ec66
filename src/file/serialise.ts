import type { EvidenceEntry, Indicator, MeasuredValue, ModelContent, Rating } from '../domain/model';
import type { Thread } from '../domain/comments';
import type { SavedVersion } from '../domain/versions';
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from './format';

/** An object of the named fields that are set, in the order named: the file's documented order. */
function fieldsInOrder<T extends object>(item: T, fields: readonly (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (item[field] !== undefined && item[field] !== '') out[field] = item[field];
  return out;
}

const valueDocument = (value: MeasuredValue) => fieldsInOrder(value, ['period', 'actual', 'target', 'status', 'note']);
function indicatorDocument(indicator: Indicator): Record<string, unknown> {
  const out = fieldsInOrder(indicator, ['id', 'text', 'source', 'baseline', 'target', 'due', 'unit', 'polarity', 'frequency', 'tolerance']);
  if (indicator.values?.length) out.values = indicator.values.map(valueDocument);
  return out;
}
const evidenceDocument = (entry: EvidenceEntry) => fieldsInOrder(entry, ['id', 'date', 'kind', 'summary', 'source', 'by']);
const ratingDocument = (rating: Rating) => fieldsInOrder(rating, ['progress', 'confidence', 'date', 'by']);

/**
 * The model file as a plain object, fields in the documented order; empty optional fields left out.
 * Saved versions, when given (oldest first), travel in `versions`; comment threads in `comments`.
 */
export function toModelDocument(model: ModelContent, versions: readonly SavedVersion[] = [], comments: readonly Thread[] = []): Record<string, unknown> {
  const doc: Record<string, unknown> = { format: MODEL_FILE_FORMAT, formatVersion: MODEL_FILE_VERSION, ...toContentDocument(model) };
  if (versions.length) {
    doc.versions = versions.map(({ info, content }) => ({
      ...fieldsInOrder(info, ['id', 'name', 'note', 'savedAt', 'by']),
      content: toContentDocument(content),
    }));
  }
  if (comments.length) doc.comments = comments.map(threadDocument);
  return doc;
}

/** A model's content as the file's top level holds it, and as a saved version's `content` does. */
export function toContentDocument(model: ModelContent): Record<string, unknown> {
  const doc: Record<string, unknown> = model.uid ? { uid: model.uid, title: model.title } : { title: model.title };
  if (model.description) doc.description = model.description;
  doc.boxes = model.boxes.map((box) => {
    const out: Record<string, unknown> = { id: box.id, level: box.level, label: box.label };
    if (box.notes) out.notes = box.notes;
    if (box.feature) out.feature = box.feature;
    if (box.owner) out.owner = box.owner;
    out.x = box.x;
    out.y = box.y;
    if (box.indicators?.length) out.indicators = box.indicators.map(indicatorDocument);
    if (box.evidence?.length) out.evidence = box.evidence.map(evidenceDocument);
    if (box.rating) out.rating = ratingDocument(box.rating);
    if (box.opens) out.opens = fieldsInOrder(box.opens, ['model', 'title']);
    if (box.contributesTo?.length) out.contributesTo = box.contributesTo.map((item) => ({ ...item }));
    return out;
  });
  doc.links = model.links.map((link) => {
    const out: Record<string, unknown> = { id: link.id, source: link.source, target: link.target };
    if (link.note) out.note = link.note;
    return out;
  });
  doc.conditions = model.conditions.map((condition) => {
    const out: Record<string, unknown> = { id: condition.id, kind: condition.kind, text: condition.text, status: condition.status };
    if (condition.comment) out.comment = condition.comment;
    return out;
  });
  return doc;
}

/** A thread as the file holds it (PRODUCT.md §7): `on`, the optional `resolved`, its comments oldest first. */
function threadDocument(thread: Thread): Record<string, unknown> {
  const out: Record<string, unknown> = { id: thread.id, on: thread.on.kind === 'model' ? { kind: 'model' } : { kind: thread.on.kind, id: thread.on.id } };
  if (thread.resolved) out.resolved = { at: thread.resolved.at, by: thread.resolved.by };
  out.comments = thread.comments.map((comment) => fieldsInOrder(comment, ['id', 'by', 'at', 'text', 'editedAt']));
  return out;
}

export function serialiseModel(model: ModelContent, versions: readonly SavedVersion[] = [], comments: readonly Thread[] = []): string {
  return `${JSON.stringify(toModelDocument(model, versions, comments), null, 2)}\n`;
}

/** A file name from the title: letters, digits and dashes only. */
export function modelFileName(title: string): string {
  const stem = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Cut to length before trimming the dashes, so a cut at a word break leaves no trailing dash.
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${stem || 'logic-model'}.json`;
}
