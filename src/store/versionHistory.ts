/**
 * The open model's saved versions (PRODUCT.md §12): saving, renaming, deleting, restoring and
 * reading them. Versions live in the model's document (src/document/versions.ts), so they are
 * stored by autosave and reach a shared model's partners like any change; this ties them to the
 * open model, the editor store and storage.
 */
import type * as Y from 'yjs';
import type { Model, ModelContent } from '../domain/model';
import { newId } from '../domain/ids';
import { asCopy } from '../domain/modelLinks';
import { countsOf, type SavedVersion, type VersionInfo } from '../domain/versions';
import { addVersions, deleteVersion, listVersions, observeVersions, renameVersion, versionContent, type StoredVersion } from '../document/versions';
import { decodeVersionContent, encodeVersionContent, readVersionContentJson, versionContentJson, type DecodedContent } from '../file/versionContent';
import type { ModelRepository } from '../storage/repository';
import { currentModel, type EditorStore } from './editorStore';

export type VersionResult = { readonly ok: true; readonly version: VersionInfo } | { readonly ok: false; readonly error: string };

export interface VersionHistory {
  /** Newest first; the same array until a version is added, renamed or deleted. */
  list(): readonly VersionInfo[];
  subscribe(listener: () => void): () => void;
  /** A version's content, read through the model file's parser (remembered: a version never changes). */
  content(id: string): Promise<DecodedContent>;
  /** Every version with its content, oldest first (those that cannot be read are left out). */
  allContents(): Promise<SavedVersion[]>;
  save(request: { name: string; note?: string; by?: string }): Promise<VersionResult>;
  rename(id: string, name: string, note?: string): void;
  remove(id: string): void;
  /**
   * Makes the model what the version was, as one step this person can undo; first the present is
   * saved as a version and read back, so restoring never loses it.
   */
  restore(id: string, by?: string): Promise<VersionResult>;
  /** A new model (in this browser's list) holding the version's content; returns its id. */
  openAsNewModel(id: string): Promise<{ ok: true; id: string } | { ok: false; error: string }>;
  destroy(): void;
}

export interface VersionHistoryParts {
  readonly store: EditorStore;
  readonly doc: Y.Doc;
  /** Writes everything not yet stored, and resolves when the write is done (or failed). */
  readonly persist: () => Promise<void>;
  readonly repository: ModelRepository;
  readonly now?: () => Date;
}

const CANNOT_CHANGE = 'You can look at the versions of this model, but only its editors can change them.';

function contentOfModel(model: Model): ModelContent {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = model;
  return content;
}

export function createVersionHistory({ store, doc, persist, repository, now = () => new Date() }: VersionHistoryParts): VersionHistory {
  let versions: readonly VersionInfo[] = listVersions(doc);
  const listeners = new Set<() => void>();
  const decoded = new WeakMap<Uint8Array, Promise<DecodedContent>>();
  const stopObserving = observeVersions(doc, (list) => {
    versions = list;
    for (const listener of listeners) listener();
  });

  const content = (id: string): Promise<DecodedContent> => {
    const stored = versionContent(doc, id);
    if (!stored) return Promise.resolve({ ok: false, error: 'this version is no longer kept.' });
    // Keyed by the stored bytes: a version's content is one value that never changes.
    let reading = decoded.get(stored.bytes);
    if (!reading) decoded.set(stored.bytes, (reading = decodeVersionContent(stored)));
    return reading;
  };

  const save: VersionHistory['save'] = async ({ name, note, by }) => {
    const state = store.getState();
    const model = currentModel(state);
    if (!model) return { ok: false, error: 'No model is open.' };
    if (state.readOnly) return { ok: false, error: CANNOT_CHANGE };
    const trimmed = name.trim();
    if (!trimmed) return { ok: false, error: 'Give the version a name.' };
    const present = contentOfModel(model);
    const info: VersionInfo = {
      id: newId('version'),
      name: trimmed,
      savedAt: now().toISOString(),
      counts: countsOf(present),
      ...(note?.trim() ? { note: note.trim() } : {}),
      ...(by?.trim() ? { by: by.trim() } : {}),
    };
    const json = versionContentJson(present);
    const stored: StoredVersion = { info, content: await encodeVersionContent(json) };
    try {
      addVersions(doc, [stored]);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // Stored while it is read back (the write is what takes longest); it is called saved only once
    // both are done: what is kept must be the model as it was, readable, and on disk.
    const storing = persist();
    const kept = versionContent(doc, info.id);
    const readBack = kept ? await readVersionContentJson(kept) : ({ ok: false, error: 'it is not in the model.' } as const);
    const parsed = readBack.ok && readBack.text === json ? await content(info.id) : null;
    await storing;
    if (!readBack.ok || !parsed?.ok) {
      deleteVersion(doc, info.id);
      const why = !readBack.ok ? `: ${readBack.error}` : parsed && !parsed.ok ? `: ${parsed.error}` : '';
      return { ok: false, error: `The version could not be read back after saving, so it was not kept${why}` };
    }
    const saveStatus = store.getState().saveStatus;
    if (saveStatus.state === 'failed') {
      // Not stored: take it back out, so the list never shows a version that a reload would lose.
      deleteVersion(doc, info.id);
      return { ok: false, error: `The version "${trimmed}" was not saved. ${saveStatus.message ?? ''} Your model itself is as it was.`.trim() };
    }
    return { ok: true, version: info };
  };

  return {
    list: () => versions,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    content,
    async allContents() {
      const oldestFirst = [...versions].reverse();
      const read = await Promise.all(oldestFirst.map((info) => content(info.id)));
      const out: SavedVersion[] = [];
      read.forEach((result, i) => {
        if (result.ok) out.push({ info: oldestFirst[i]!, content: result.content });
      });
      return out;
    },
    save,
    rename(id, name, note) {
      if (store.getState().readOnly || !name.trim()) return;
      renameVersion(doc, id, name.trim(), note?.trim() || undefined);
    },
    remove(id) {
      if (store.getState().readOnly) return;
      deleteVersion(doc, id);
    },
    async restore(id, by) {
      if (store.getState().readOnly) return { ok: false, error: CANNOT_CHANGE };
      const version = versions.find((info) => info.id === id);
      const wanted = await content(id);
      if (!version || !wanted.ok) return { ok: false, error: `This version cannot be restored: ${wanted.ok ? 'it is no longer kept.' : wanted.error}` };
      const before = await save({ name: `Before restoring ${version.name}`, by });
      if (!before.ok) return { ok: false, error: `Nothing was restored: the model as it is now could not be kept first. ${before.error}` };
      const { description, ...rest } = wanted.content;
      store.getState().apply((model) => {
        const next: Model = { ...model, ...rest };
        if (description) return { ...next, description };
        delete (next as { description?: string }).description;
        return next;
      });
      return { ok: true, version };
    },
    async openAsNewModel(id) {
      const version = versions.find((info) => info.id === id);
      const wanted = await content(id);
      if (!version || !wanted.ok) return { ok: false, error: `This version cannot be opened: ${wanted.ok ? 'it is no longer kept.' : wanted.error}` };
      try {
        const model = await repository.create(asCopy({ ...wanted.content, title: `${wanted.content.title} (${version.name})` }));
        return { ok: true, id: model.id };
      } catch (error) {
        return { ok: false, error: `The version could not be opened as a new model: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    destroy() {
      stopObserving();
      listeners.clear();
    },
  };
}
