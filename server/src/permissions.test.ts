import { describe, expect, it } from 'vitest';
import { documentOf, mayWrite } from './permissions.js';

describe('room permissions', () => {
  it('maps each role to what it may write: editors both documents, commenters the comments, viewers nothing', () => {
    expect([mayWrite('edit', 'model'), mayWrite('edit', 'comments')]).toEqual([true, true]);
    expect([mayWrite('comment', 'model'), mayWrite('comment', 'comments')]).toEqual([false, true]);
    expect([mayWrite('view', 'model'), mayWrite('view', 'comments')]).toEqual([false, false]);
  });

  it('tells a room\'s two documents apart by name', () => {
    const room = 'AbCdEfGhIjKlMnOpQrStUv';
    expect(documentOf(room)).toEqual({ room, kind: 'model' });
    expect(documentOf(`${room}.comments`)).toEqual({ room, kind: 'comments' });
  });
});
