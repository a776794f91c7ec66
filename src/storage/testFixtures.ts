/**
 * Test-only: models and clocks shared by the storage tests. Nothing in the app imports this file.
 */
import * as Y from 'yjs';
import { addBox, connect, updateBox, updateCondition } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { createLiveModel } from '../document/liveModel';
import { table1Conditions } from '../evidence/table1';
import type { AppendResult, ModelRepository } from './repository';
import { contentOf, documentOf } from './storedModel';

/** A small model that uses every optional field, so a round trip that drops one shows. */
export function sampleContent(title = 'Reducing reoffending'): ModelContent {
  let content: ModelContent = { uid: 'model-sample', title, description: 'Access to specialist services', boxes: [], links: [], conditions: table1Conditions() };
  content = addBox(content, { id: 'b1', level: 'inputs', label: 'Pooled budget', notes: 'From all four partners', owner: 'Council' });
  content = addBox(content, { id: 'b2', level: 'activities', label: 'Joint case reviews', feature: 'leadership' });
  content = addBox(content, { id: 'b3', level: 'outcomes', label: 'Less reoffending <b>really</b>' });
  content = connect(content, { id: 'l1', source: 'b1', target: 'b2' });
  content = connect(content, { id: 'l2', source: 'b2', target: 'b3', note: 'Skips levels on purpose' });
  content = updateCondition(content, 'a9', { status: 'at-risk', comment: 'Two-year funding only' });
  return content;
}

/** The content edited the way the editor would: a relabel and a new box. */
export function edited<M extends ModelContent>(content: M, label: string): M {
  const relabelled = updateBox(content, 'b1', { label });
  return addBox(relabelled, { id: `b-${label}`, level: 'learning', label });
}

/** A clock the test moves by hand, so "newest first" never depends on two calls landing in one ms. */
export function manualClock(start = 1_000): { now: () => number; advance: (ms?: number) => number } {
  let time = start;
  return {
    now: () => time,
    advance: (ms = 1_000) => (time += ms),
  };
}

/** A channel name no other test shares, so parallel test files never hear each other. */
export function uniqueChannelName(): string {
  return `outcome-chains-test-${globalThis.crypto.randomUUID()}`;
}

/** The content a stored model's document holds, or undefined when it is not stored. */
export async function storedContent(repository: ModelRepository, id: string): Promise<ModelContent | undefined> {
  const loaded = await repository.load(id);
  return loaded.status === 'ok' ? contentOf(loaded.document.updates) : undefined;
}

/** Makes an edit the way an open editor does: on the stored document, then appends its update. */
export async function appendEdit(repository: ModelRepository, id: string, edit: (content: ModelContent) => ModelContent, updatedAt: number): Promise<AppendResult> {
  const loaded = await repository.load(id);
  if (loaded.status !== 'ok') return { status: 'missing' };
  const live = createLiveModel(documentOf(loaded.document.updates));
  const updates: Uint8Array[] = [];
  live.doc.on('update', (update: Uint8Array) => updates.push(update));
  live.apply(edit(live.content()));
  const content = live.content();
  return repository.append(id, Y.mergeUpdates(updates), { title: content.title, boxCount: content.boxes.length }, updatedAt);
}
