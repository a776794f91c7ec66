import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind, straightChain } from '../testModel';

const loops = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'loop');

describe('loop', () => {
  it('raises nothing when links never lead back to where they started', () => {
    expect(loops(straightChain())).toEqual([]);
    // A feedback link alone is not a loop unless a chain leads back.
    expect(loops({ boxes: [box('a', 'activities'), box('p', 'practice')], links: [link('l1', 'p', 'a')] })).toEqual([]);
  });

  it('names the boxes of a loop in order, starting from the first in reading order', () => {
    const flags = loops({
      boxes: [box('Z', 'learning'), box('Y', 'reactions'), box('X', 'engagement')],
      links: [link('l3', 'Z', 'X'), link('l1', 'X', 'Y'), link('l2', 'Y', 'Z')],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'loop:X',
      severity: 'notice',
      boxIds: ['X', 'Y', 'Z'],
      cycleBoxIds: ['X', 'Y', 'Z'],
      linkIds: ['l1', 'l2', 'l3'],
      action: { type: 'select', boxIds: ['X', 'Y', 'Z'], linkIds: ['l1', 'l2', 'l3'] },
    });
    expect(flags[0]?.message).toMatch(/^A loop: “X” → “Y” → “Z” → “X”\./);
  });

  it('reports a tangle of loops once, naming its shortest loop and counting the other boxes', () => {
    // a → b → a and b → c → a: one strongly connected group of three boxes.
    const flags = loops({
      boxes: [box('a', 'activities'), box('b', 'engagement'), box('c', 'reactions')],
      links: [link('l1', 'a', 'b'), link('l2', 'b', 'a'), link('l3', 'b', 'c'), link('l4', 'c', 'a')],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ cycleBoxIds: ['a', 'b'], boxIds: ['a', 'b', 'c'], linkIds: ['l1', 'l2'] });
    expect(flags[0]?.message).toMatch(/^A loop: “a” → “b” → “a”\. 1 more box is caught up in loops with these\./);
  });

  it('reports separate loops separately, in reading order', () => {
    const flags = loops({
      boxes: [box('p1', 'practice'), box('a1', 'activities'), box('r1', 'reactions'), box('r2', 'reactions', { y: 100 })],
      links: [link('l1', 'r1', 'r2'), link('l2', 'r2', 'r1'), link('l3', 'a1', 'p1'), link('l4', 'p1', 'a1')],
    });
    expect(flags.map((flag) => flag.key)).toEqual(['loop:a1', 'loop:r1']);
  });

  it('keeps a long loop’s message to one readable line', () => {
    const count = 12;
    const boxes = Array.from({ length: count }, (_, i) => box(`n${i}`, 'reactions', { y: i * 100 }));
    const links = boxes.map((from, i) => link(`l${i}`, from.id, boxes[(i + 1) % count]!.id));
    const [flag] = loops({ boxes, links });
    expect(flag?.cycleBoxIds).toHaveLength(count);
    expect(flag?.message).toMatch(/^A loop of 12 boxes: “n0” → “n1” → “n2” → “n3” → “n4” → “n5” → … → “n10” → “n11” → “n0”\./);
  });
});

describe('loop whose links back are explained', () => {
  it('is reported as acknowledged information when every link back in it has a note', () => {
    const flags = loops({
      boxes: [box('a', 'activities'), box('b', 'engagement'), box('p', 'practice')],
      links: [link('l1', 'a', 'b'), link('l2', 'b', 'p'), { ...link('l3', 'p', 'a'), note: 'Better information sharing changes what we do' }],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'info', acknowledged: true });
    expect(flags[0]?.message).toMatch(/Every link back in it has a note saying why\./);
  });

  it('stays a notice while any link back in the group is unexplained', () => {
    const flags = loops({
      boxes: [box('a', 'activities'), box('b', 'engagement'), box('p', 'practice')],
      links: [link('l1', 'a', 'b'), link('l2', 'b', 'p'), { ...link('l3', 'p', 'a'), note: 'Explained' }, link('l4', 'p', 'b')],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'notice' });
    expect(flags[0]?.acknowledged).toBeUndefined();
  });
});
