import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { boxesAlongLinks, computePathway, flagsOnPathway, pathwayInWords, pathwayModel } from './pathway';
import { box, link, modelOf, straightChain } from './testModel';

const ids = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe('computePathway', () => {
  it('keeps what leads to a box and what it leads to, and leaves a side branch out', () => {
    const chain = straightChain();
    const model = modelOf({
      boxes: [...chain.boxes, box('side', 'activities', { y: 100 }), box('sideOut', 'engagement', { y: 100 })],
      links: [...chain.links, link('ls', 'side', 'sideOut')],
    });
    const pathway = computePathway(model, ['b3']);
    expect(ids(pathway?.boxIds)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    expect(ids(pathway?.linkIds)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5']);
  });

  it('does not take in a sibling that only shares a downstream box', () => {
    // a1 → e ← a2: the pathway of a1 holds e, but not a2 (a2 leads to e, not to a1).
    const model = modelOf({
      boxes: [box('a1', 'activities'), box('a2', 'activities', { y: 100 }), box('e', 'engagement')],
      links: [link('x', 'a1', 'e'), link('y', 'a2', 'e')],
    });
    expect(ids(computePathway(model, ['a1'])?.boxIds)).toEqual(['a1', 'e']);
    expect(ids(computePathway(model, ['a1'])?.linkIds)).toEqual(['x']);
    expect(ids(computePathway(model, ['e'])?.boxIds)).toEqual(['a1', 'a2', 'e']);
  });

  it('ends on a loop made with a feedback link and does not swallow the model through it', () => {
    // Practice feeds back into activity a1; a2 is another activity leading to outcome o2 only.
    const model = modelOf({
      boxes: [box('a1', 'activities'), box('p', 'practice'), box('o1', 'outcomes'), box('a2', 'activities', { y: 100 }), box('o2', 'outcomes', { y: 100 }), box('i', 'inputs')],
      links: [link('f1', 'a1', 'p'), link('f2', 'p', 'o1'), link('back', 'p', 'a1'), link('g1', 'a2', 'o2'), link('g0', 'i', 'a2'), link('g2', 'i', 'a1')],
    });
    const fromO1 = computePathway(model, ['o1']);
    expect(ids(fromO1?.boxIds)).toEqual(['a1', 'i', 'o1', 'p']);
    // The feedback link joins two boxes of the pathway, so it is drawn on it.
    expect(ids(fromO1?.linkIds)).toEqual(['back', 'f1', 'f2', 'g2']);
    const fromA1 = computePathway(model, ['a1']);
    expect(ids(fromA1?.boxIds)).toEqual(['a1', 'i', 'o1', 'p']);
    expect(fromA1?.boxIds.has('a2')).toBe(false);
  });

  it('ends on a cycle within one level and on a link to itself', () => {
    const model = modelOf({
      boxes: [box('a', 'activities'), box('b', 'activities', { y: 100 }), box('c', 'activities', { y: 200 }), box('e', 'engagement')],
      links: [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('ca', 'c', 'a'), link('aa', 'a', 'a'), link('ce', 'c', 'e')],
    });
    const pathway = computePathway(model, ['a']);
    // Same-level links bring their other box along one step (b and c), not c's way on to e; then every link between them is drawn.
    expect(ids(pathway?.boxIds)).toEqual(['a', 'b', 'c']);
    expect(ids(pathway?.linkIds)).toEqual(['aa', 'ab', 'bc', 'ca']);
  });

  it('walks several chosen boxes at once, and ignores ids that are not in the model', () => {
    const model = modelOf({ boxes: [box('a', 'activities'), box('b', 'activities', { y: 100 }), box('e', 'engagement'), box('f', 'engagement', { y: 100 })], links: [link('ae', 'a', 'e'), link('bf', 'b', 'f')] });
    expect(ids(computePathway(model, ['a', 'f', 'gone'])?.boxIds)).toEqual(['a', 'b', 'e', 'f']);
    expect(computePathway(model, ['gone'])).toBeNull();
  });

  it('leaves out a link whose box is missing', () => {
    const model = modelOf({ boxes: [box('a', 'activities'), box('e', 'engagement')], links: [link('ae', 'a', 'e'), link('dangling', 'a', 'nowhere')] });
    expect(ids(computePathway(model, ['a'])?.linkIds)).toEqual(['ae']);
  });

  it('ends on a long chain without running out of stack', () => {
    const boxes = Array.from({ length: 20_000 }, (_, i) => box(`n${i}`, i % 2 ? 'engagement' : 'activities', { y: i }));
    const links = boxes.slice(1).map((b, i) => (i % 2 === 0 ? link(`l${i}`, `n${i}`, b.id) : link(`l${i}`, `n${i}`, b.id)));
    const pathway = computePathway(modelOf({ boxes, links }), ['n0']);
    expect(pathway?.boxIds.has('n1')).toBe(true);
  });
});

describe('the pathway in words and as a model', () => {
  const model = modelOf({
    boxes: [box('Pooled budget', 'inputs'), box('Joint training', 'activities'), box('Shared data', 'activities', { y: 80 }), box('Fewer families reach crisis', 'outcomes')],
    links: [link('1', 'Pooled budget', 'Joint training'), link('2', 'Pooled budget', 'Shared data'), link('3', 'Joint training', 'Fewer families reach crisis')],
  });

  it('says it level by level, left to right, boxes top to bottom', () => {
    const pathway = computePathway(model, ['Pooled budget'])!;
    expect(pathwayInWords(pathway)).toBe('Inputs: Pooled budget → Activities: Joint training, Shared data → Final outcomes: Fewer families reach crisis');
  });

  it('keeps only the flags that fall on it', () => {
    const pathway = computePathway(model, ['Shared data'])!;
    const flags = flagsOnPathway(analyse(model), pathway);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag.boxIds.some((id) => pathway.boxIds.has(id)) || flag.linkIds.some((id) => pathway.linkIds.has(id))).toBe(true);
    expect(flags.some((flag) => flag.kind === 'dead-end' && flag.boxIds.includes('Shared data'))).toBe(true);
  });

  it('cuts the model down to the pathway for an export', () => {
    const cut = pathwayModel(model, computePathway(model, ['Shared data'])!);
    expect(cut.boxes.map((b) => b.id)).toEqual(['Pooled budget', 'Shared data']);
    expect(cut.links.map((l) => l.id)).toEqual(['2']);
    expect(cut.title).toBe(model.title);
  });
});

describe('boxesAlongLinks', () => {
  it('lists where a box’s links lead, and where its incoming links come from, in reading order, each once', () => {
    const model = modelOf({
      boxes: [box('a', 'activities'), box('e2', 'engagement', { y: 200 }), box('e1', 'engagement', { y: 100 }), box('i', 'inputs'), box('p', 'practice')],
      links: [link('1', 'a', 'e2'), link('2', 'a', 'e1'), link('3', 'i', 'a'), link('4', 'p', 'a'), link('5', 'a', 'e1'), link('6', 'a', 'a')],
    });
    expect(boxesAlongLinks(model, 'a', 'out').map((b) => b.id)).toEqual(['e1', 'e2']);
    expect(boxesAlongLinks(model, 'a', 'in').map((b) => b.id)).toEqual(['i', 'p']);
    expect(boxesAlongLinks(model, 'e1', 'out')).toEqual([]);
  });
});
