// @vitest-environment jsdom
// jsdom: the remedies focus a field of the side panel once it is drawn, which needs a document.
import { afterEach, describe, expect, it } from 'vitest';
import { analyse, type Flag } from '../analysis';
import { addBox, connect, setTitle } from '../domain/edits';
import { rateBox } from '../domain/progressEdits';
import type { Model } from '../domain/model';
import { createEditorStore, currentModel } from '../store/editorStore';
import { actionLabel, runFlagAction, showFlag } from './flagActions';

/** Practice → activities → reactions → practice: a loop, in a model with empty lanes and a feedback link. */
function loopModel(): Model {
  let model: Model = { id: 'm', title: 'Loop', boxes: [], links: [], conditions: [], createdAt: 1, updatedAt: 1 };
  model = addBox(model, { id: 'p', level: 'practice', label: 'Joint case reviews' });
  model = addBox(model, { id: 'a', level: 'activities', label: 'Shared training' });
  model = addBox(model, { id: 'r', level: 'reactions', label: 'Staff trust each other' });
  model = connect(model, { id: 'l1', source: 'p', target: 'a' });
  model = connect(model, { id: 'l2', source: 'a', target: 'r' });
  model = connect(model, { id: 'l3', source: 'r', target: 'p' });
  return model;
}

function setUp() {
  const store = createEditorStore();
  store.getState().open(loopModel());
  const flags = analyse(currentModel(store.getState())!);
  const flagOf = (kind: Flag['kind']): Flag => {
    const flag = flags.find((candidate) => candidate.kind === kind);
    if (!flag) throw new Error(`No ${kind} flag`);
    return flag;
  };
  return { store, flagOf };
}

describe('showFlag', () => {
  it('selects and highlights a loop, and brings all its boxes into view', () => {
    const { store, flagOf } = setUp();
    showFlag(store, flagOf('loop'));
    const state = store.getState();
    expect([...state.highlightedBoxIds].sort()).toEqual(['a', 'p', 'r']);
    expect(state.focusRequest).toMatchObject({ ids: expect.arrayContaining(['a', 'p', 'r']) });
  });

  it('ends the highlight when the selection changes, or the model does, or an undo or redo', () => {
    const { store, flagOf } = setUp();
    const loop = flagOf('loop');
    showFlag(store, loop);
    store.getState().setSelection({ boxIds: ['a'], linkIds: [] });
    expect(store.getState().highlightedBoxIds).toEqual([]);

    showFlag(store, loop);
    store.getState().apply((model) => setTitle(model, 'Renamed'));
    expect(store.getState().highlightedBoxIds).toEqual([]);

    showFlag(store, loop);
    store.getState().undo();
    expect(store.getState().highlightedBoxIds).toEqual([]);
    showFlag(store, loop);
    store.getState().redo();
    expect(store.getState().highlightedBoxIds).toEqual([]);
  });

  it('brings both ends of a link into view for a link flag', () => {
    const { store, flagOf } = setUp();
    showFlag(store, flagOf('feedback-link'));
    const feedback = flagOf('feedback-link');
    const link = currentModel(store.getState())!.links.find((candidate) => candidate.id === feedback.linkIds[0])!;
    expect(store.getState().selection).toEqual({ boxIds: [], linkIds: [link.id] });
    expect(store.getState().focusRequest).toMatchObject({ ids: [link.source, link.target] });
    expect(store.getState().highlightedBoxIds).toEqual([]);
  });

  it('brings an empty level’s lane into view, selecting nothing', () => {
    const { store, flagOf } = setUp();
    store.getState().setSelection({ boxIds: ['a'], linkIds: [] });
    const empty = flagOf('empty-level');
    showFlag(store, empty);
    expect(store.getState().focusRequest).toMatchObject({ level: empty.levelId });
    expect(store.getState().selection).toEqual({ boxIds: [], linkIds: [] });
  });
});

/** Two animation frames: when the side panel has been drawn and the remedy focuses its field. */
const afterTwoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The side panel's field, as the details panel draws it. */
function panelField(id: string): HTMLInputElement {
  const field = document.createElement('input');
  field.id = id;
  document.body.append(field);
  return field;
}

describe('runFlagAction: progress remedies', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    ['no-indicator', 'add-indicator', 'Add an indicator', 'new-indicator-text'],
    ['rating-without-evidence', 'add-evidence', 'Add evidence', 'new-evidence-summary'],
  ] as const)('%s: “%s” selects the box, brings it into view, opens its details and focuses the new field', async (kind, type, label, fieldId) => {
    const { store } = setUp();
    store.getState().apply((model) => {
      const added = addBox(model, { id: 'rated', level: 'practice', label: 'Joint case reviews' });
      return rateBox(added, 'rated', { progress: 'on-track', confidence: 'low', date: '2026-01-05' });
    });
    store.getState().setPanelTab('flags');
    const flag = analyse(currentModel(store.getState())!, '2026-03-01').find((each) => each.kind === kind && each.boxIds[0] === 'rated')!;
    expect(flag.action).toEqual({ type, boxId: 'rated' });
    expect(actionLabel(flag.action!)).toBe(label);
    const field = panelField(fieldId);
    const elsewhere = panelField('elsewhere');
    elsewhere.focus();

    runFlagAction(store, flag.action!);
    const state = store.getState();
    expect(state.selection).toEqual({ boxIds: ['rated'], linkIds: [] });
    expect(state.focusRequest).toMatchObject({ ids: ['rated'] });
    expect(state.panelTab).toBe('details');
    await afterTwoFrames();
    expect(document.activeElement).toBe(field);
  });
});
