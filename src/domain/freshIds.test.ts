import { describe, expect, it } from 'vitest';
import { withFreshIds } from './freshIds';
import type { ModelContent } from './model';

const model: ModelContent = {
  title: 'Small',
  boxes: [
    { id: 'b1', level: 'inputs', label: 'Pooled budget', x: 20, y: 110, feature: 'sufficient-resources' },
    { id: 'b2', level: 'activities', label: 'Joint training', x: 280, y: 110 },
    { id: 'b3', level: 'practice', label: 'Working across agencies', x: 1320, y: 110 },
  ],
  links: [
    { id: 'l1', source: 'b1', target: 'b2' },
    { id: 'l2', source: 'b3', target: 'b2', note: 'feeds back' },
  ],
  conditions: [{ id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'holds' }],
};

function labelsOfLinkEnds(content: ModelContent): string[] {
  const labelOf = new Map(content.boxes.map((box) => [box.id, box.label]));
  return content.links.map((link) => `${labelOf.get(link.source)} -> ${labelOf.get(link.target)}`);
}

describe('withFreshIds', () => {
  it('gives every box and link a new id, different on every call', () => {
    const first = withFreshIds(model);
    const second = withFreshIds(model);
    const oldIds = new Set([...model.boxes, ...model.links].map((item) => item.id));
    const firstIds = [...first.boxes, ...first.links].map((item) => item.id);
    const secondIds = [...second.boxes, ...second.links].map((item) => item.id);
    expect(firstIds.some((id) => oldIds.has(id))).toBe(false);
    expect(new Set([...firstIds, ...secondIds]).size).toBe(firstIds.length + secondIds.length);
  });

  it('keeps links joining the same boxes, and everything else as it was', () => {
    const fresh = withFreshIds(model);
    expect(labelsOfLinkEnds(fresh)).toEqual(labelsOfLinkEnds(model));
    expect(fresh.links[1]?.note).toBe('feeds back');
    expect(fresh.boxes.map(({ id: _id, ...rest }) => rest)).toEqual(model.boxes.map(({ id: _id, ...rest }) => rest));
    expect(fresh.conditions).toEqual(model.conditions);
    expect(fresh.title).toBe('Small');
  });

  it('shares no object with the original', () => {
    const fresh = withFreshIds(model);
    expect(fresh.boxes).not.toBe(model.boxes);
    expect(fresh.conditions[0]).not.toBe(model.conditions[0]);
    fresh.boxes.forEach((box, i) => expect(box).not.toBe(model.boxes[i]));
  });
});
