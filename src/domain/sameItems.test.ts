import { describe, expect, it } from 'vitest';
import { sameItems } from './sameItems';

describe('sameItems', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  it('is true for the same items in the same order', () => {
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([], [])).toBe(true);
  });
  it('is false for another order, another length, or an equal but different object', () => {
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
  });
});
