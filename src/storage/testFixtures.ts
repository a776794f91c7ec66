/**
 * Test-only: models and clocks shared by the storage tests. Nothing in the app imports this file.
 */
import { addBox, connect, updateBox, updateCondition } from '../domain/edits';
import type { Model, ModelContent } from '../domain/model';
import { table1Conditions } from '../evidence/table1';

/** A small model that uses every optional field, so a round trip that drops one shows. */
export function sampleContent(title = 'Reducing reoffending'): ModelContent {
  let content: ModelContent = { title, description: 'Access to specialist services', boxes: [], links: [], conditions: table1Conditions() };
  content = addBox(content, { id: 'b1', level: 'inputs', label: 'Pooled budget', notes: 'From all four partners', owner: 'Council' });
  content = addBox(content, { id: 'b2', level: 'activities', label: 'Joint case reviews', feature: 'leadership' });
  content = addBox(content, { id: 'b3', level: 'outcomes', label: 'Less reoffending <b>really</b>' });
  content = connect(content, { id: 'l1', source: 'b1', target: 'b2' });
  content = connect(content, { id: 'l2', source: 'b2', target: 'b3', note: 'Skips levels on purpose' });
  content = updateCondition(content, 'a9', { status: 'at-risk', comment: 'Two-year funding only' });
  return content;
}

/** The model edited the way the editor would: a relabel, a new box, a later update time. */
export function edited(model: Model, label: string, updatedAt: number): Model {
  const relabelled = updateBox(model, 'b1', { label });
  return { ...addBox(relabelled, { id: `b-${label.length}-${updatedAt}`, level: 'learning', label }), updatedAt };
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
