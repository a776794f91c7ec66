import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, COALESCE_WINDOW_MS, HISTORY_LIMIT, record, redo, startHistory, undo, type History } from './history';

/** Distinct objects, so "the same step" means the very same object, as with models. */
const v = (name: string) => ({ name });

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const start = v('a');
    const history = startHistory(start);
    expect(history.present).toBe(start);
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('records steps, undoes and redoes them in order, restoring the very same objects', () => {
    const [a, b, c] = [v('a'), v('b'), v('c')];
    let history = record(record(startHistory(a), b, 1_000), c, 10_000);
    expect(history.past).toEqual([a, b]);
    history = undo(history);
    expect(history.present).toBe(b);
    expect(canRedo(history)).toBe(true);
    history = undo(history);
    expect(history.present).toBe(a);
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe(b);
    history = redo(history);
    expect(history.present).toBe(c);
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBe(history);
  });

  it('drops the redo steps when a new change is recorded after an undo', () => {
    const [a, b, c] = [v('a'), v('b'), v('c')];
    let history = record(startHistory(a), b, 1_000);
    history = undo(history);
    history = record(history, c, 2_000);
    expect(history.future).toEqual([]);
    expect(history.present).toBe(c);
    expect(undo(history).present).toBe(a);
  });

  it('records nothing for the same present (a no-op)', () => {
    const a = v('a');
    const history = startHistory(a);
    expect(record(history, a, 1_000, 'label:b1')).toBe(history);
  });

  it('folds changes with one key inside the window into one step', () => {
    const [a, b, c, d] = [v('a'), v('b'), v('c'), v('d')];
    let history = startHistory(a);
    history = record(history, b, 10_000, 'label:b1');
    history = record(history, c, 10_000 + COALESCE_WINDOW_MS - 1, 'label:b1');
    // The window runs from the last change, so steady typing stays one step.
    history = record(history, d, 10_000 + 2 * COALESCE_WINDOW_MS - 2, 'label:b1');
    expect(history.past).toEqual([a]);
    expect(history.present).toBe(d);
    expect(undo(history).present).toBe(a);
  });

  it('does not fold changes with different keys, or without a key', () => {
    const [a, b, c, d, e] = [v('a'), v('b'), v('c'), v('d'), v('e')];
    let history = startHistory(a);
    history = record(history, b, 1_000, 'label:b1');
    history = record(history, c, 1_001, 'label:b2');
    history = record(history, d, 1_002, 'notes:b2');
    history = record(history, e, 1_003);
    expect(history.past).toEqual([a, b, c, d]);
    // A change without a key does not fold into the next keyed one either.
    const f = v('f');
    expect(record(history, f, 1_004, 'label:b1').past).toEqual([a, b, c, d, e]);
  });

  it('does not fold once the window has passed', () => {
    const [a, b, c] = [v('a'), v('b'), v('c')];
    let history = record(startHistory(a), b, 1_000, 'label:b1');
    history = record(history, c, 1_000 + COALESCE_WINDOW_MS, 'label:b1');
    expect(history.past).toEqual([a, b]);
  });

  it('does not fold across an undo, or an undo and a redo', () => {
    const [a, b, c] = [v('a'), v('b'), v('c')];
    let history = record(record(startHistory(a), b, 1_000, 'k'), c, 5_000, 'k');
    history = undo(history);
    const d = v('d');
    const after = record(history, d, 5_001, 'k');
    expect(after.past).toEqual([a, b]);
    const redone = redo(undo(history));
    expect(record(redone, d, 5_002, 'k').past).toEqual([a, b]);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps to undo, dropping the oldest`, () => {
    const values = Array.from({ length: HISTORY_LIMIT + 51 }, (_, i) => v(`s${i}`));
    let history: History<{ name: string }> = startHistory(values[0] as { name: string });
    values.slice(1).forEach((value, i) => (history = record(history, value, i * 10_000)));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(values[50]);
    let undone = 0;
    while (canUndo(history)) {
      history = undo(history);
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    expect(history.present).toBe(values[50]);
  });
});

describe('seal', () => {
  it('ends a step so that the next change with the same key is a step of its own', async () => {
    const { record, seal, startHistory, undo } = await import('./history');
    let history = startHistory('a');
    history = record(history, 'ab', 1000, 'label:x');
    history = seal(record(history, 'abc', 1100, 'label:x'));
    history = record(history, 'abcd', 1200, 'label:x');
    expect(history.past).toEqual(['a', 'abc']);
    expect(undo(history).present).toBe('abc');
  });
});
