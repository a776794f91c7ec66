import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapsOf } from '../document/layout';
import {
  addBoxToLane,
  changeBoxLevel,
  deleteBox,
  deleteLink,
  deleteSelection,
  dropBoxes,
  editBox,
  editLinkNote,
  labelStepKey,
  linkBoxes,
  tidyLanes,
} from '../actions/commands';
import { addBox, connect, setTitle, updateBox } from '../domain/edits';
import { boxXFor } from '../domain/lanes';
import type { Model } from '../domain/model';
import { manualClock, sampleContent } from '../storage/testFixtures';
import { COALESCE_WINDOW_MS } from '../document/liveModel';
import { createEditorStore, currentModel, NO_SELECTION, type EditorStore } from './editorStore';

function sampleModel(): Model {
  return { ...sampleContent(), id: 'model-1', createdAt: 100, updatedAt: 100 };
}

function openStore(model: Model = sampleModel()) {
  const clock = manualClock(50_000);
  const store = createEditorStore(clock.now);
  store.getState().open(model);
  return { store, clock, model };
}

const present = (store: EditorStore): Model => currentModel(store.getState()) as Model;
const steps = (store: EditorStore): number => store.getState().liveModel()?.undoSteps() ?? 0;
const boxIn = (store: EditorStore, id: string) => present(store).boxes.find((box) => box.id === id);

describe('editorStore: open and close', () => {
  it('does nothing to change before a model is open', () => {
    const store = createEditorStore();
    expect(store.getState().apply((model) => setTitle(model, 'x'))).toBe(false);
    expect(currentModel(store.getState())).toBeNull();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().canUndo).toBe(false);
  });

  it('opens a model with a fresh history and no selection, and closes it', () => {
    const { store, model } = openStore();
    expect(present(store)).toEqual(model);
    expect(steps(store)).toBe(0);
    expect(store.getState().selection).toBe(NO_SELECTION);
    store.getState().close();
    expect(currentModel(store.getState())).toBeNull();
  });
});

describe('editorStore: a viewer (read-only)', () => {
  it('refuses every change, undo and label editing, while partners\' changes still show', () => {
    const { store, model } = openStore();
    editBox(store, 'b1', { label: 'Before viewing' });
    store.getState().setReadOnly(true);
    expect(store.getState().apply((m) => setTitle(m, 'Changed by a viewer'))).toBe(false);
    addBoxToLane(store, 'inputs');
    dropBoxes(store, [{ id: 'b1', x: 999, y: 999 }]);
    store.getState().undo();
    store.getState().setEditingBox('b1');
    expect(present(store).title).toBe(model.title);
    expect(present(store).boxes).toHaveLength(model.boxes.length);
    expect(boxIn(store, 'b1')?.label).toBe('Before viewing');
    expect(store.getState().editingBoxId).toBeNull();

    // A change from the room (not this person's) is shown as ever.
    const live = store.getState().liveModel();
    const doc = live?.doc as Y.Doc;
    doc.transact(() => mapsOf(doc).meta.set('title', 'Renamed by a partner'), 'partner');
    expect(present(store).title).toBe('Renamed by a partner');
  });
});

describe('editorStore: apply', () => {
  it('makes no step for an edit that changes nothing', () => {
    const { store, model } = openStore();
    const before = present(store);
    const stepsBefore = steps(store);
    expect(store.getState().apply((m) => setTitle(m, m.title))).toBe(false);
    expect(store.getState().apply((m) => updateBox(m, 'b1', { label: 'Pooled budget' }))).toBe(false);
    dropBoxes(store, [{ id: 'b1', x: boxXFor('inputs'), y: (model.boxes[0] as Model['boxes'][number]).y }]);
    expect(steps(store)).toBe(stepsBefore);
    expect(present(store)).toBe(before);
    expect(present(store)).toEqual(model);
  });

  it('still shows the selection asked for with a no-op edit, without a step', () => {
    const { store } = openStore();
    const before = present(store);
    const stepsBefore = steps(store);
    store.getState().apply((m) => m, { select: { boxIds: ['b2'], linkIds: [] } });
    expect(store.getState().selection.boxIds).toEqual(['b2']);
    expect(steps(store)).toBe(stepsBefore);
    expect(present(store)).toBe(before);
  });

  it('makes one step per change, each undone to the model as it was before it', () => {
    const { store, model } = openStore();
    expect(store.getState().apply((m) => setTitle(m, 'First'))).toBe(true);
    const first = present(store);
    store.getState().apply((m) => setTitle(m, 'Second'));
    const second = present(store);
    expect(steps(store)).toBe(2);
    store.getState().undo();
    expect(present(store)).toEqual(first);
    store.getState().undo();
    expect(present(store)).toEqual(model);
    store.getState().redo();
    expect(present(store)).toEqual(first);
    store.getState().redo();
    expect(present(store)).toEqual(second);
  });

  it('folds typing in one field into one step (coalesce), until the field changes or a pause', () => {
    const { store, clock, model } = openStore();
    for (const label of ['P', 'Po', 'Poo', 'Pool', 'Pooled fund']) {
      clock.advance(150);
      editBox(store, 'b1', { label });
    }
    expect(steps(store)).toBe(1);
    expect(boxIn(store, 'b1')?.label).toBe('Pooled fund');
    const typed = present(store);

    clock.advance(100);
    editBox(store, 'b1', { notes: 'Agreed in March' });
    expect(steps(store)).toBe(2);
    clock.advance(COALESCE_WINDOW_MS);
    editBox(store, 'b1', { notes: 'Agreed in April' });
    expect(steps(store)).toBe(3);

    store.getState().undo();
    store.getState().undo();
    expect(present(store)).toEqual(typed);
    store.getState().undo();
    expect(present(store)).toEqual(model);
  });

  it('does not fold typing in one box into typing in another', () => {
    const { store, clock } = openStore();
    editBox(store, 'b1', { label: 'A' });
    clock.advance(10);
    editBox(store, 'b2', { label: 'B' });
    clock.advance(10);
    editLinkNote(store, 'l1', 'why');
    clock.advance(10);
    editLinkNote(store, 'l1', 'why this');
    expect(steps(store)).toBe(3);
  });
});

describe('add a box, then type its label: one undo step', () => {
  it('via addBoxToLane + editBox', () => {
    const { store, clock, model } = openStore();
    const id = addBoxToLane(store, 'learning');
    expect(boxIn(store, id)).toMatchObject({ level: 'learning', label: '', x: boxXFor('learning') });
    expect(store.getState().selection).toEqual({ boxIds: [id], linkIds: [] });
    expect(store.getState().editingBoxId).toBe(id);
    expect(store.getState().focusRequest).toMatchObject({ ids: [id] });

    for (const label of ['S', 'Sh', 'Sha', 'Shared', 'Shared aims']) {
      clock.advance(300);
      editBox(store, id, { label });
    }
    const done = present(store);
    expect(boxIn(store, id)?.label).toBe('Shared aims');
    expect(steps(store)).toBe(1);

    store.getState().undo();
    expect(present(store)).toEqual(model);
    expect(store.getState().selection).toEqual(NO_SELECTION);
    expect(store.getState().editingBoxId).toBeNull();
    store.getState().redo();
    expect(present(store)).toEqual(done);
  });

  it('keeps two boxes added one after the other as two steps', () => {
    const { store, clock } = openStore();
    const first = addBoxToLane(store, 'inputs');
    clock.advance(100);
    editBox(store, first, { label: 'Staff time' });
    clock.advance(100);
    const second = addBoxToLane(store, 'inputs');
    clock.advance(100);
    editBox(store, second, { label: 'Premises' });
    expect(steps(store)).toBe(2);
    expect(labelStepKey(first)).not.toBe(labelStepKey(second));
    // The second sits below the first.
    expect((boxIn(store, second)?.y ?? 0) > (boxIn(store, first)?.y ?? 0)).toBe(true);
    store.getState().undo();
    expect(boxIn(store, second)).toBeUndefined();
    expect(boxIn(store, first)?.label).toBe('Staff time');
  });

  it('with a label given, does not open the label for typing', () => {
    const { store } = openStore();
    const id = addBoxToLane(store, 'outcomes', 400, { label: 'Improved outcomes', feature: 'improved-outcomes' });
    expect(boxIn(store, id)).toMatchObject({ label: 'Improved outcomes', feature: 'improved-outcomes', y: 400 });
    expect(store.getState().editingBoxId).toBeNull();
  });
});

describe('selection', () => {
  it('is not an undo step', () => {
    const { store } = openStore();
    const before = present(store);
    const stepsBefore = steps(store);
    store.getState().setSelection({ boxIds: ['b1', 'b2'], linkIds: ['l1'] });
    expect(steps(store)).toBe(stepsBefore);
    expect(present(store)).toBe(before);
    store.getState().undo();
    expect(store.getState().selection).toEqual({ boxIds: ['b1', 'b2'], linkIds: ['l1'] });
  });

  it('does not notify when set to the same ids', () => {
    const { store } = openStore();
    store.getState().setSelection({ boxIds: ['b1'], linkIds: [] });
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    store.getState().setSelection({ boxIds: ['b1'], linkIds: [] });
    expect(notified).toBe(0);
    unsubscribe();
  });

  it('loses a box when that box is deleted, and the links that went with it', () => {
    const { store } = openStore();
    store.getState().setSelection({ boxIds: ['b1', 'b3'], linkIds: ['l1', 'l2'] });
    store.getState().apply((m) => ({ ...m, boxes: m.boxes.filter((box) => box.id !== 'b1'), links: m.links.filter((link) => link.id !== 'l1') }));
    expect(store.getState().selection).toEqual({ boxIds: ['b3'], linkIds: ['l2'] });
  });

  it('loses a box that an undo takes away, and does not reselect it on redo (selection is not history)', () => {
    const { store } = openStore();
    store.getState().apply((m) => addBox(m, { id: 'new', level: 'reactions', label: 'Trust' }));
    store.getState().setSelection({ boxIds: ['b1', 'new'], linkIds: [] });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ boxIds: ['b1'], linkIds: [] });
    store.getState().redo();
    expect(store.getState().selection).toEqual({ boxIds: ['b1'], linkIds: [] });
  });

  it('loses a link an undo takes away', () => {
    const { store } = openStore();
    store.getState().apply((m) => connect(m, { id: 'l9', source: 'b3', target: 'b1' }));
    store.getState().setSelection({ boxIds: [], linkIds: ['l9', 'l1'] });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ boxIds: [], linkIds: ['l1'] });
  });

  it('is kept as the same object when nothing selected goes', () => {
    const { store } = openStore();
    store.getState().setSelection({ boxIds: ['b1'], linkIds: [] });
    const selection = store.getState().selection;
    store.getState().apply((m) => setTitle(m, 'Other'));
    expect(store.getState().selection).toBe(selection);
  });

  it('is pruned when another tab’s change takes a selected box away; this tab’s own steps stay its own', () => {
    const { store } = openStore();
    store.getState().apply((m) => setTitle(m, 'Mine'));
    store.getState().setSelection({ boxIds: ['b1', 'b2'], linkIds: [] });
    const live = store.getState().liveModel()!;
    // Another tab deletes b2: its update arrives in this tab's document.
    const otherTab = new Y.Doc();
    Y.applyUpdate(otherTab, Y.encodeStateAsUpdate(live.doc));
    mapsOf(otherTab).boxes.delete('b2');
    Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(otherTab, Y.encodeStateVector(live.doc)));
    expect(present(store).boxes.map((box) => box.id)).toEqual(['b1', 'b3']);
    expect(present(store).title).toBe('Mine');
    expect(store.getState().selection).toEqual({ boxIds: ['b1'], linkIds: [] });
    expect(steps(store)).toBe(1);
    store.getState().undo();
    expect(present(store).title).toBe(sampleModel().title);
    expect(present(store).boxes.map((box) => box.id)).toEqual(['b1', 'b3']);
  });
});

describe('commands through the store', () => {
  it('deleteSelection removes the selected boxes and links in one step and clears the selection', () => {
    const { store, model } = openStore();
    store.getState().setSelection({ boxIds: ['b3'], linkIds: ['l1'] });
    expect(deleteSelection(store)).toBe(2);
    expect(present(store).boxes.map((box) => box.id)).toEqual(['b1', 'b2']);
    expect(present(store).links).toEqual([]);
    expect(store.getState().selection).toEqual(NO_SELECTION);
    expect(steps(store)).toBe(1);
    store.getState().undo();
    expect(present(store)).toEqual(model);
    expect(deleteSelection(store)).toBe(0);
  });

  it('deleteBox and deleteLink are one step each', () => {
    const { store } = openStore();
    deleteLink(store, 'l2');
    deleteBox(store, 'b1');
    expect(steps(store)).toBe(2);
    expect(present(store).links).toEqual([]);
  });

  it('linkBoxes links two boxes, or says in plain words why not, making no step', () => {
    const { store } = openStore();
    expect(linkBoxes(store, 'b1', 'b1')).toBe('A box cannot link to itself.');
    expect(linkBoxes(store, 'b1', 'b2')).toBe('These boxes are already linked.');
    expect(linkBoxes(store, 'b1', 'gone')).toBe('One of these boxes no longer exists.');
    expect(steps(store)).toBe(0);
    expect(linkBoxes(store, 'b3', 'b1')).toBeUndefined();
    expect(steps(store)).toBe(1);
    expect(present(store).links.at(-1)).toMatchObject({ source: 'b3', target: 'b1' });
    expect(linkBoxes(createEditorStore(), 'b1', 'b2')).toBe('No model is open.');
  });

  it('a drag is one step, and a drag back to the same place is none', () => {
    const { store } = openStore();
    dropBoxes(store, [{ id: 'b1', x: 600, y: 420 }]);
    expect(steps(store)).toBe(1);
    expect(boxIn(store, 'b1')).toMatchObject({ level: 'engagement', x: boxXFor('engagement'), y: 420 });
    dropBoxes(store, [{ id: 'b1', x: boxXFor('engagement'), y: 420 }]);
    expect(steps(store)).toBe(1);
  });

  it('changeBoxLevel and tidyLanes are steps only when they change something', () => {
    const { store } = openStore();
    changeBoxLevel(store, 'b2', 'activities');
    tidyLanes(store);
    expect(steps(store)).toBe(0);
    changeBoxLevel(store, 'b2', 'reactions');
    expect(boxIn(store, 'b2')?.level).toBe('reactions');
    dropBoxes(store, [{ id: 'b2', x: boxXFor('reactions'), y: 900 }]);
    tidyLanes(store);
    expect(steps(store)).toBe(3);
    expect(boxIn(store, 'b2')?.y).toBe(110);
  });
});

describe('editorStore: show progress', () => {
  it('is off at first, and turning it on or off changes neither the model nor its undo steps', () => {
    const { store, model } = openStore();
    expect(store.getState().showProgress).toBe(false);
    store.getState().setShowProgress(true);
    expect(store.getState().showProgress).toBe(true);
    expect(present(store)).toEqual(model);
    expect(steps(store)).toBe(0);
    store.getState().setShowProgress(false);
    expect(store.getState().showProgress).toBe(false);
  });
});

describe('a read-only model (a saved version, a comparison)', () => {
  it('is shown as it is, and every change and undo is refused', () => {
    const store = createEditorStore();
    const model: Model = { ...sampleContent(), id: 'm1', createdAt: 1, updatedAt: 2 };
    store.getState().openReadOnly(model);
    expect(currentModel(store.getState())).toBe(model);
    expect(store.getState().readOnly).toBe(true);
    expect(store.getState().apply((m) => setTitle(m, 'Changed'))).toBe(false);
    store.getState().undo();
    expect(currentModel(store.getState())).toBe(model);
    expect(store.getState().liveModel()).toBeNull();
  });
});
