import { describe, expect, it } from 'vitest';
import type { Box, Model } from '../domain/model';
import { manualClock, sampleContent } from '../storage/testFixtures';
import { createEditorStore, currentModel, type EditorStore } from '../store/editorStore';
import {
  addEvidenceTo,
  addIndicatorTo,
  deleteEvidence,
  deleteIndicator,
  editEvidence,
  editIndicator,
  moveIndicatorBy,
  rate,
  unrate,
} from './progressCommands';

function openStore() {
  const clock = manualClock(50_000);
  const store = createEditorStore(clock.now);
  const model: Model = { ...sampleContent(), id: 'model-1', createdAt: 100, updatedAt: 100 };
  store.getState().open(model);
  return { store, clock, model };
}

const box = (store: EditorStore, id = 'b3'): Box => currentModel(store.getState())!.boxes.find((item) => item.id === id)!;
const steps = (store: EditorStore): number => store.getState().liveModel()?.undoSteps() ?? 0;

describe('progress commands: indicators', () => {
  it('adds an indicator with trimmed text and a fresh id, in one undo step; empty text adds nothing', () => {
    const { store } = openStore();
    expect(addIndicatorTo(store, 'b3', '   ')).toBeUndefined();
    expect(steps(store)).toBe(0);
    const id = addIndicatorTo(store, 'b3', '  Reconviction rate  ');
    expect(id).toMatch(/^ind-/);
    expect(box(store).indicators).toEqual([{ id, text: 'Reconviction rate' }]);
    expect(steps(store)).toBe(1);
    store.getState().undo();
    expect(box(store).indicators).toBeUndefined();
  });

  it('typing in one field of an indicator is one step; another field is another', () => {
    const { store, clock } = openStore();
    const id = addIndicatorTo(store, 'b3', 'Rate')!;
    store.getState().sealStep();
    for (const text of ['Rate o', 'Rate of', 'Rate of reconviction']) {
      clock.advance(100);
      editIndicator(store, 'b3', id, { text });
    }
    clock.advance(100);
    editIndicator(store, 'b3', id, { target: '20% lower' });
    clock.advance(100);
    editIndicator(store, 'b3', id, { due: '2027-03-31' });
    expect(box(store).indicators).toEqual([{ id, text: 'Rate of reconviction', target: '20% lower', due: '2027-03-31' }]);
    expect(steps(store)).toBe(4);
    store.getState().undo();
    store.getState().undo();
    expect(box(store).indicators).toEqual([{ id, text: 'Rate of reconviction' }]);
    store.getState().undo();
    expect(box(store).indicators).toEqual([{ id, text: 'Rate' }]);
  });

  it('moves an indicator up and down one place, and not past either end', () => {
    const { store } = openStore();
    const a = addIndicatorTo(store, 'b3', 'A')!;
    const b = addIndicatorTo(store, 'b3', 'B')!;
    const c = addIndicatorTo(store, 'b3', 'C')!;
    const order = () => box(store).indicators!.map((item) => item.text).join('');
    moveIndicatorBy(store, 'b3', c, -1);
    expect(order()).toBe('ACB');
    moveIndicatorBy(store, 'b3', a, 1);
    expect(order()).toBe('CAB');
    const before = steps(store);
    moveIndicatorBy(store, 'b3', b, 1);
    moveIndicatorBy(store, 'b3', c, -1);
    expect(order()).toBe('CAB');
    expect(steps(store)).toBe(before);
    deleteIndicator(store, 'b3', a);
    expect(box(store).indicators!.map((item) => item.id)).toEqual([c, b]);
  });
});

describe('progress commands: evidence', () => {
  it('keeps the log newest first whatever order entries are added or redated in', () => {
    const { store } = openStore();
    const older = addEvidenceTo(store, 'b3', { date: '2026-03-01', kind: 'data', summary: 'Quarterly figures', source: 'https://example.org/q1' })!;
    const newer = addEvidenceTo(store, 'b3', { date: '2026-06-01', kind: 'feedback', summary: 'Service users said so', by: 'Sam' })!;
    expect(box(store).evidence!.map((entry) => entry.id)).toEqual([newer, older]);
    editEvidence(store, 'b3', older, { date: '2026-09-01' });
    expect(box(store).evidence!.map((entry) => entry.id)).toEqual([older, newer]);
    expect(box(store).evidence![0]).toEqual({ id: older, date: '2026-09-01', kind: 'data', summary: 'Quarterly figures', source: 'https://example.org/q1' });
    deleteEvidence(store, 'b3', older);
    expect(box(store).evidence!.map((entry) => entry.id)).toEqual([newer]);
    store.getState().undo();
    expect(box(store).evidence).toHaveLength(2);
  });

  it('adds nothing without a summary or with a date that is not one', () => {
    const { store } = openStore();
    expect(addEvidenceTo(store, 'b3', { date: '2026-06-01', kind: 'data', summary: '  ' })).toBeUndefined();
    expect(addEvidenceTo(store, 'b3', { date: '', kind: 'data', summary: 'Figures' })).toBeUndefined();
    expect(box(store).evidence).toBeUndefined();
    expect(steps(store)).toBe(0);
  });
});

describe('progress commands: rating', () => {
  it('a first rating needs progress, confidence and date; a later change is partial; clearing is one step', () => {
    const { store, clock } = openStore();
    expect(rate(store, 'b3', { progress: 'on-track' })).toBe(false);
    expect(box(store).rating).toBeUndefined();
    expect(rate(store, 'b3', { progress: 'on-track', confidence: 'medium', date: '2026-12-01', by: 'Sam' })).toBe(true);
    expect(box(store).rating).toEqual({ progress: 'on-track', confidence: 'medium', date: '2026-12-01', by: 'Sam' });
    clock.advance(100);
    rate(store, 'b3', { confidence: 'high' });
    expect(box(store).rating).toEqual({ progress: 'on-track', confidence: 'high', date: '2026-12-01', by: 'Sam' });
    // Arrowing through a select right after the first rating is the same gesture; leaving the field ends it.
    expect(steps(store)).toBe(1);
    store.getState().sealStep();
    rate(store, 'b3', { progress: 'achieved' });
    expect(steps(store)).toBe(2);
    store.getState().undo();
    expect(box(store).rating?.progress).toBe('on-track');
    const before = steps(store);
    unrate(store, 'b3');
    expect(box(store).rating).toBeUndefined();
    expect(steps(store)).toBe(before + 1);
    store.getState().undo();
    expect(box(store).rating?.confidence).toBe('high');
  });
});
