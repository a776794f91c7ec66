import { describe, expect, it } from 'vitest';
import type { Indicator, Model } from '../domain/model';
import { readPaste } from '../domain/measurePaste';
import { addIndicator } from '../domain/progressEdits';
import { manualClock, sampleContent } from '../storage/testFixtures';
import { createEditorStore, currentModel, type EditorStore } from '../store/editorStore';
import { addPeriodTo, editMeasure, pasteFigures, removePeriodFrom, setFigure } from './measureCommands';

function openStore() {
  const clock = manualClock(50_000);
  const store = createEditorStore(clock.now);
  const model: Model = { ...addIndicator(sampleContent(), 'b3', { id: 'i1', text: 'Families housed' }), id: 'model-1', createdAt: 100, updatedAt: 100 };
  store.getState().open(model);
  return { store, clock };
}

const measure = (store: EditorStore): Indicator => currentModel(store.getState())!.boxes.find((box) => box.id === 'b3')!.indicators![0]!;
const steps = (store: EditorStore): number => store.getState().liveModel()?.undoSteps() ?? 0;

describe('measure commands', () => {
  it('adds a period as the measure writes it, and says why one cannot be added', () => {
    const { store } = openStore();
    expect(addPeriodTo(store, 'b3', 'i1', '2024-25')).toEqual({ period: '2024/25' });
    expect(addPeriodTo(store, 'b3', 'i1', '2024/25')).toEqual({ problem: '2024/25 is already in the grid' });
    expect(addPeriodTo(store, 'b3', 'i1', 'soon')).toMatchObject({ problem: expect.stringContaining('“soon” is not a period') });
    expect(addPeriodTo(store, 'b3', 'i1', '2025/26 Q1')).toMatchObject({ problem: expect.stringContaining('not a period of this measure’s kind') });
    expect(measure(store).values).toEqual([{ period: '2024/25' }]);
  });

  it('makes the typing in one cell one undo step, and each other cell its own', () => {
    const { store, clock } = openStore();
    addPeriodTo(store, 'b3', 'i1', '2024/25');
    const before = steps(store);
    for (const actual of [2, 22]) {
      clock.advance(100);
      setFigure(store, 'b3', 'i1', '2024/25', { actual });
    }
    expect(steps(store)).toBe(before + 1);
    clock.advance(100);
    setFigure(store, 'b3', 'i1', '2024/25', { target: 40 });
    expect(steps(store)).toBe(before + 2);
    store.getState().undo();
    expect(measure(store).values).toEqual([{ period: '2024/25', actual: 22 }]);
    store.getState().undo();
    expect(measure(store).values).toEqual([{ period: '2024/25' }]);
  });

  it('makes a paste one undo step however many periods it fills', () => {
    const { store, clock } = openStore();
    editMeasure(store, 'b3', 'i1', { unit: 'families', polarity: 'higher-is-better' });
    addPeriodTo(store, 'b3', 'i1', '2023/24');
    clock.advance(100);
    setFigure(store, 'b3', 'i1', '2023/24', { actual: 15 });
    const reading = readPaste(measure(store), '2023/24', 'target', '25\n30\n35');
    expect(reading.ok).toBe(true);
    pasteFigures(store, 'b3', 'i1', reading.ok ? reading.entries : []);
    expect(measure(store).values?.map((value) => [value.period, value.actual, value.target])).toEqual([
      ['2023/24', 15, 25],
      ['2024/25', undefined, 30],
      ['2025/26', undefined, 35],
    ]);
    store.getState().undo();
    expect(measure(store).values).toEqual([{ period: '2023/24', actual: 15 }]);
    removePeriodFrom(store, 'b3', 'i1', '2023/24');
    expect(measure(store).values).toBeUndefined();
  });
});
