import { describe, expect, it } from 'vitest';
import { colourFor, partnersOf, PARTNER_COLOURS } from './presence';

describe('partnersOf', () => {
  it('lists everyone but me, in one colour per person whatever they sent, with their selection and drag', () => {
    const states = new Map<number, Record<string, unknown>>([
      [7, { name: 'Me', colour: '#000', selection: ['b1'], drag: [] }],
      [12, { name: ' Alice ', colour: 'url(javascript:evil)', selection: ['b1', 'b2'], drag: [{ boxId: 'b2', x: 10, y: 20 }] }],
      [3, { name: 'Bob', selection: [], drag: [] }],
    ]);
    expect(partnersOf(states, 7)).toEqual([
      { id: 3, name: 'Bob', colour: colourFor(3), selection: [], drag: [] },
      { id: 12, name: 'Alice', colour: colourFor(12), selection: ['b1', 'b2'], drag: [{ boxId: 'b2', x: 10, y: 20 }] },
    ]);
    expect(PARTNER_COLOURS).toContain(colourFor(12));
  });

  it('reads what a partner sent field by field: no name is no partner yet, and junk is dropped', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, { name: 'x'.repeat(500), selection: 'b1', drag: [{ boxId: 'b1', x: 'far', y: 0 }, null, { boxId: 'b2', x: 1, y: Infinity }] }],
      [4, { name: '   ', selection: [1, 'b3', { id: 'b4' }] }],
    ]);
    const partners = partnersOf(states, 99);
    expect(partners.map((partner) => partner.id)).toEqual([2, 4]);
    expect(partners[0]?.name).toHaveLength(60);
    expect(partners[0]?.selection).toEqual([]);
    expect(partners[0]?.drag).toEqual([]);
    expect(partners[1]).toMatchObject({ name: 'Someone', selection: ['b3'] });
  });
});
