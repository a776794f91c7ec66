import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { flagsByTarget } from './targets';
import { box, link, modelOf } from './testModel';

describe('flagsByTarget', () => {
  it('maps each box and link to the flags concerning it, keeping box and link ids apart', () => {
    const model = modelOf({
      // The link shares its id with a box, as a model file may allow.
      boxes: [box('x', 'engagement'), box('y', 'reactions'), box('lone', 'learning')],
      links: [link('xy', 'x', 'y'), link('x', 'y', 'x')],
    });
    const targets = flagsByTarget(analyse(model));
    expect(targets.boxes.get('lone')?.map((flag) => flag.kind)).toEqual(['isolated-box']);
    expect(targets.boxes.get('x')?.map((flag) => flag.kind)).toEqual(['loop']);
    expect(targets.links.get('x')?.map((flag) => flag.kind)).toEqual(['feedback-link', 'loop']);
    expect(targets.links.get('xy')?.map((flag) => flag.kind)).toEqual(['loop']);
    expect(targets.boxes.has('xy')).toBe(false);
  });

  it('is empty when nothing concerns a box or link', () => {
    const targets = flagsByTarget(analyse(modelOf({})));
    expect(targets.boxes.size).toBe(0);
    expect(targets.links.size).toBe(0);
  });
});
