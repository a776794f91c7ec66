// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Model } from '../domain/model';
import { sampleContent } from '../storage/testFixtures';
import { createEditorStore } from './editorStore';

function model(id: string): Model {
  return { ...sampleContent(), id, createdAt: 100, updatedAt: 100 };
}

afterEach(() => localStorage.clear());

describe('View ▸ Route links around boxes', () => {
  it('is on for a model nobody has turned it off for', () => {
    const store = createEditorStore();
    store.getState().open(model('a'));
    expect(store.getState().routeLinks).toBe(true);
  });

  it('is kept per model in this browser, never in the model', () => {
    const first = createEditorStore();
    first.getState().open(model('a'));
    first.getState().setRouteLinks(false);
    expect(first.getState().routeLinks).toBe(false);
    expect(JSON.stringify(first.getState().model)).not.toMatch(/route/i);

    // Opened again (a reload, another tab), it is still off; another model is not.
    const again = createEditorStore();
    again.getState().open(model('a'));
    expect(again.getState().routeLinks).toBe(false);
    again.getState().open(model('b'));
    expect(again.getState().routeLinks).toBe(true);
    // Looking at a saved version of the model keeps the model's choice.
    again.getState().openReadOnly(model('a'));
    expect(again.getState().routeLinks).toBe(false);

    again.getState().open(model('a'));
    again.getState().setRouteLinks(true);
    const third = createEditorStore();
    third.getState().open(model('a'));
    expect(third.getState().routeLinks).toBe(true);
  });
});
