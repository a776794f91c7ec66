import { describe, expect, it } from 'vitest';
import {
  addBox,
  addCondition,
  connect,
  deleteBoxes,
  deleteLinks,
  moveBoxes,
  removeCondition,
  setBoxLevel,
  setDescription,
  setTitle,
  tidyUp,
  updateBox,
  updateCondition,
  updateLink,
  whyCannotConnect,
} from './edits';
import { BOX_GAP_Y, BOX_WIDTH, boxXFor, estimateBoxHeight, LANE_HEADER_HEIGHT, LANE_WIDTH, laneLeft } from './lanes';
import { LEVEL_IDS } from './levels';
import type { Box, Condition, ModelContent } from './model';

/** Freezes an object and everything it holds, so an edit that writes into its input throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const ONE_LINE = estimateBoxHeight('Box');

/** Three boxes in three lanes, two links, one assumption and one risk: built by hand, not by the edits. */
function sample(): ModelContent {
  return {
    title: 'Reducing reoffending',
    description: 'Access to specialist services',
    boxes: [
      { id: 'b1', level: 'inputs', label: 'Pooled budget', notes: 'From all four partners', owner: 'Council', x: boxXFor('inputs'), y: 110 },
      { id: 'b2', level: 'activities', label: 'Joint case reviews', feature: 'leadership', x: boxXFor('activities'), y: 110 },
      { id: 'b3', level: 'outcomes', label: 'Less reoffending', x: boxXFor('outcomes'), y: 110 },
    ],
    links: [
      { id: 'l1', source: 'b1', target: 'b2' },
      { id: 'l2', source: 'b2', target: 'b3', note: 'Skips levels on purpose' },
    ],
    conditions: [
      { id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'unchecked' },
      { id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live', comment: 'Seen at the last board' },
    ],
  };
}

const boxOf = (model: ModelContent, id: string): Box | undefined => model.boxes.find((box) => box.id === id);

/** Boxes of one lane, top to bottom, as [top, bottom] spans. */
function spans(model: ModelContent, level: Box['level']): Array<[string, number, number]> {
  return model.boxes
    .filter((box) => box.level === level)
    .sort((a, b) => a.y - b.y)
    .map((box) => [box.id, box.y, box.y + estimateBoxHeight(box.label)]);
}

function expectNoOverlaps(model: ModelContent): void {
  for (const level of LEVEL_IDS) {
    const lane = spans(model, level);
    for (let i = 1; i < lane.length; i++) {
      const [, , previousBottom] = lane[i - 1] as [string, number, number];
      const [, top] = lane[i] as [string, number, number];
      expect(top).toBeGreaterThanOrEqual(previousBottom + BOX_GAP_Y);
    }
  }
}

describe('setTitle and setDescription', () => {
  it('change the text, or return the same model when it is unchanged', () => {
    const model = sample();
    expect(setTitle(model, 'New title').title).toBe('New title');
    expect(setTitle(model, model.title)).toBe(model);
    expect(setDescription(model, 'Other').description).toBe('Other');
    expect(setDescription(model, 'Access to specialist services')).toBe(model);
  });

  it('drop the description field when it is cleared', () => {
    const cleared = setDescription(sample(), '');
    expect('description' in cleared).toBe(false);
    expect(setDescription(cleared, '')).toBe(cleared);
  });
});

describe('addBox', () => {
  it('puts the first box of a lane just under the heading, in the middle of the lane', () => {
    const model = addBox(sample(), { id: 'n1', level: 'engagement', label: 'Third sector forum' });
    expect(boxOf(model, 'n1')).toEqual({ id: 'n1', level: 'engagement', label: 'Third sector forum', x: boxXFor('engagement'), y: LANE_HEADER_HEIGHT });
    expect(model.boxes.at(-1)?.id).toBe('n1');
  });

  it('places a box below the lowest box of its lane, clear of it', () => {
    let model = sample();
    const tall = 'A label long enough to wrap onto a second line and then a third';
    model = addBox(model, { id: 'tall', level: 'inputs', label: tall, y: 400 });
    model = addBox(model, { id: 'n2', level: 'inputs', label: 'Staff time' });
    expect(boxOf(model, 'n2')).toMatchObject({ level: 'inputs', x: boxXFor('inputs'), y: 400 + estimateBoxHeight(tall) + BOX_GAP_Y });
    // Other lanes do not count.
    model = addBox(model, { id: 'n3', level: 'activities', label: 'Training' });
    expect(boxOf(model, 'n3')?.y).toBe(110 + ONE_LINE + BOX_GAP_Y);
    expectNoOverlaps(model);
  });

  it('keeps given optional fields and leaves out empty ones', () => {
    const model = addBox(sample(), { id: 'n1', level: 'practice', label: 'Shared case files', notes: 'Pilot in the north', feature: 'joint-working-practice', owner: '' });
    expect(boxOf(model, 'n1')).toEqual({
      id: 'n1',
      level: 'practice',
      label: 'Shared case files',
      notes: 'Pilot in the north',
      feature: 'joint-working-practice',
      x: boxXFor('practice'),
      y: LANE_HEADER_HEIGHT,
    });
    expect(Object.keys(boxOf(model, 'n1') as Box)).not.toContain('owner');
  });

  it('refuses a second box with the same id', () => {
    expect(() => addBox(sample(), { id: 'b1', level: 'inputs', label: 'Again' })).toThrow(/b1/);
  });
});

describe('updateBox', () => {
  it('relabels a box and leaves the others as the same objects', () => {
    const model = sample();
    const next = updateBox(model, 'b2', { label: 'Monthly joint case reviews' });
    expect(boxOf(next, 'b2')).toEqual({ ...boxOf(model, 'b2'), label: 'Monthly joint case reviews' });
    expect(next.boxes[0]).toBe(model.boxes[0]);
    expect(next.boxes[2]).toBe(model.boxes[2]);
    expect(next.links).toBe(model.links);
  });

  it('sets notes, owner and feature', () => {
    const next = updateBox(sample(), 'b3', { notes: 'Measured at 2 years', owner: 'Probation', feature: 'improved-outcomes' });
    expect(boxOf(next, 'b3')).toMatchObject({ notes: 'Measured at 2 years', owner: 'Probation', feature: 'improved-outcomes' });
  });

  it("clears an optional field with '', removing the key", () => {
    const next = updateBox(sample(), 'b1', { notes: '', owner: '' });
    const box = boxOf(next, 'b1') as Box;
    expect(Object.keys(box).sort()).toEqual(['id', 'label', 'level', 'x', 'y']);
    const noFeature = updateBox(sample(), 'b2', { feature: '' });
    expect('feature' in (boxOf(noFeature, 'b2') as Box)).toBe(false);
  });

  it("keeps an empty label (the label is required, so '' is a value, not a clearing)", () => {
    const next = updateBox(sample(), 'b1', { label: '' });
    expect(boxOf(next, 'b1')?.label).toBe('');
  });

  it('ignores fields given as undefined', () => {
    const model = sample();
    const next = updateBox(model, 'b1', { label: 'Budget', notes: undefined });
    expect(boxOf(next, 'b1')?.notes).toBe('From all four partners');
  });

  it('returns the same model when nothing changes or the box is missing', () => {
    const model = sample();
    expect(updateBox(model, 'b1', { label: 'Pooled budget', owner: 'Council' })).toBe(model);
    expect(updateBox(model, 'b2', { notes: '' })).toBe(model);
    expect(updateBox(model, 'b1', {})).toBe(model);
    expect(updateBox(model, 'nope', { label: 'X' })).toBe(model);
  });
});

describe('moveBoxes', () => {
  it('gives a box dropped in another lane that lane’s level and snaps it to the lane', () => {
    const model = sample();
    // Dropped a little off-centre in the engagement lane (its centre lands inside that lane).
    const dropX = laneLeft('engagement') + 7;
    const next = moveBoxes(model, [{ id: 'b1', x: dropX, y: 300.4 }]);
    expect(boxOf(next, 'b1')).toEqual({ ...boxOf(model, 'b1'), level: 'engagement', x: boxXFor('engagement'), y: 300 });
  });

  it('takes the lane of the box’s centre, not its left edge', () => {
    // Left edge in activities, centre in engagement.
    const left = laneLeft('engagement') - BOX_WIDTH / 2 + 1;
    expect(boxOf(moveBoxes(sample(), [{ id: 'b1', x: left, y: 110 }]), 'b1')?.level).toBe('engagement');
    expect(boxOf(moveBoxes(sample(), [{ id: 'b1', x: left - 2, y: 110 }]), 'b1')?.level).toBe('activities');
  });

  it('keeps a box inside the lanes when dropped beyond either end, and below the headings', () => {
    const next = moveBoxes(sample(), [
      { id: 'b1', x: -900, y: -50 },
      { id: 'b2', x: 99_999, y: 20 },
    ]);
    expect(boxOf(next, 'b1')).toMatchObject({ level: 'inputs', x: boxXFor('inputs'), y: LANE_HEADER_HEIGHT });
    expect(boxOf(next, 'b2')).toMatchObject({ level: 'outcomes', x: boxXFor('outcomes'), y: LANE_HEADER_HEIGHT });
  });

  it('moves within a lane without changing the level', () => {
    const next = moveBoxes(sample(), [{ id: 'b2', x: boxXFor('activities') + 30, y: 500 }]);
    expect(boxOf(next, 'b2')).toMatchObject({ level: 'activities', x: boxXFor('activities'), y: 500 });
  });

  it('moves several boxes at once', () => {
    const next = moveBoxes(sample(), [
      { id: 'b1', x: boxXFor('inputs'), y: 300 },
      { id: 'b3', x: boxXFor('practice'), y: 200 },
    ]);
    expect(boxOf(next, 'b1')).toMatchObject({ level: 'inputs', y: 300 });
    expect(boxOf(next, 'b3')).toMatchObject({ level: 'practice', y: 200 });
  });

  it('returns the same model object for a drag back to the same spot (or a small sideways nudge)', () => {
    const model = sample();
    expect(moveBoxes(model, [{ id: 'b1', x: boxXFor('inputs'), y: 110 }])).toBe(model);
    expect(moveBoxes(model, [{ id: 'b2', x: boxXFor('activities') + 12, y: 110.3 }])).toBe(model);
    expect(moveBoxes(model, [{ id: 'missing', x: 500, y: 500 }])).toBe(model);
    expect(moveBoxes(model, [])).toBe(model);
  });
});

describe('setBoxLevel', () => {
  it('moves a box to the foot of another lane and snaps it to that lane', () => {
    let model = sample();
    model = addBox(model, { id: 'e1', level: 'engagement', label: 'Forum' });
    const next = setBoxLevel(model, 'b1', 'engagement');
    expect(boxOf(next, 'b1')).toEqual({ ...boxOf(model, 'b1'), level: 'engagement', x: boxXFor('engagement'), y: LANE_HEADER_HEIGHT + ONE_LINE + BOX_GAP_Y });
    expectNoOverlaps(next);
    // Its place in the list (and so the file order) is kept.
    expect(next.boxes.map((box) => box.id)).toEqual(model.boxes.map((box) => box.id));
  });

  it('returns the same model for its own level or a missing box', () => {
    const model = sample();
    expect(setBoxLevel(model, 'b1', 'inputs')).toBe(model);
    expect(setBoxLevel(model, 'nope', 'inputs')).toBe(model);
  });
});

describe('deleteBoxes', () => {
  it('removes the boxes and every link that touches them, and nothing else', () => {
    const model = sample();
    const next = deleteBoxes(model, ['b2']);
    expect(next.boxes.map((box) => box.id)).toEqual(['b1', 'b3']);
    expect(next.links).toEqual([]);
    expect(next.conditions).toBe(model.conditions);
    const onlyB3 = deleteBoxes(model, ['b3']);
    expect(onlyB3.links).toEqual([model.links[0]]);
  });

  it('removes several at once and ignores ids it does not know', () => {
    const next = deleteBoxes(sample(), ['b1', 'b3', 'ghost']);
    expect(next.boxes.map((box) => box.id)).toEqual(['b2']);
    expect(next.links).toEqual([]);
  });

  it('returns the same model when no box goes', () => {
    const model = sample();
    expect(deleteBoxes(model, ['ghost'])).toBe(model);
    expect(deleteBoxes(model, [])).toBe(model);
  });
});

describe('connect and whyCannotConnect', () => {
  it('links two boxes, with an optional note', () => {
    const model = sample();
    const next = connect(model, { id: 'l3', source: 'b1', target: 'b3', note: 'Budget pays for the service directly' });
    expect(next.links.at(-1)).toEqual({ id: 'l3', source: 'b1', target: 'b3', note: 'Budget pays for the service directly' });
    expect(whyCannotConnect(model, 'b1', 'b3')).toBeUndefined();
    const noNote = connect(model, { id: 'l3', source: 'b3', target: 'b1', note: '' });
    expect(noNote.links.at(-1)).toEqual({ id: 'l3', source: 'b3', target: 'b1' });
  });

  it('allows the reverse of an existing link (a feedback link)', () => {
    const model = sample();
    expect(whyCannotConnect(model, 'b2', 'b1')).toBeUndefined();
    expect(connect(model, { id: 'back', source: 'b2', target: 'b1' }).links).toHaveLength(3);
  });

  it('refuses a self-link, a duplicate and a missing box, returning the same model and saying why', () => {
    const model = sample();
    const cases = [
      ['b1', 'b1', 'self-link'],
      ['b1', 'b2', 'duplicate'],
      ['b1', 'ghost', 'missing-box'],
      ['ghost', 'b1', 'missing-box'],
      ['ghost', 'ghost', 'self-link'],
    ] as const;
    for (const [source, target, reason] of cases) {
      expect(whyCannotConnect(model, source, target)).toBe(reason);
      expect(connect(model, { id: 'lx', source, target })).toBe(model);
    }
  });
});

describe('updateLink and deleteLinks', () => {
  it('sets and clears a link note', () => {
    const model = sample();
    const noted = updateLink(model, 'l1', { note: 'Budget funds the reviews' });
    expect(noted.links[0]).toEqual({ id: 'l1', source: 'b1', target: 'b2', note: 'Budget funds the reviews' });
    expect(noted.links[1]).toBe(model.links[1]);
    const cleared = updateLink(model, 'l2', { note: '' });
    expect(cleared.links[1]).toEqual({ id: 'l2', source: 'b2', target: 'b3' });
  });

  it('returns the same model when the note is unchanged or the link is missing', () => {
    const model = sample();
    expect(updateLink(model, 'l2', { note: 'Skips levels on purpose' })).toBe(model);
    expect(updateLink(model, 'l1', { note: '' })).toBe(model);
    expect(updateLink(model, 'l1', {})).toBe(model);
    expect(updateLink(model, 'ghost', { note: 'x' })).toBe(model);
  });

  it('deletes links by id and keeps the boxes', () => {
    const model = sample();
    const next = deleteLinks(model, ['l1', 'ghost']);
    expect(next.links).toEqual([model.links[1]]);
    expect(next.boxes).toBe(model.boxes);
    expect(deleteLinks(model, ['ghost'])).toBe(model);
    expect(deleteLinks(model, [])).toBe(model);
  });
});

describe('conditions', () => {
  const added: Condition = { id: 'a2', kind: 'assumption', text: 'Timeframes are realistic', status: 'holds', comment: 'Three-year plan' };

  it('adds a condition at the end', () => {
    const model = sample();
    const next = addCondition(model, added);
    expect(next.conditions).toEqual([...model.conditions, added]);
  });

  it('updates text, comment and status, and clears a comment with an empty string', () => {
    const model = sample();
    const next = updateCondition(model, 'a1', { text: 'This really is a partnership', comment: 'Agreed at the away day', status: 'at-risk' });
    expect(next.conditions[0]).toEqual({ id: 'a1', kind: 'assumption', text: 'This really is a partnership', status: 'at-risk', comment: 'Agreed at the away day' });
    expect(next.conditions[1]).toBe(model.conditions[1]);
    const cleared = updateCondition(model, 'r1', { comment: '', status: 'managed' });
    expect(cleared.conditions[1]).toEqual({ id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'managed' });
  });

  it('returns the same model when nothing changes or the condition is missing', () => {
    const model = sample();
    expect(updateCondition(model, 'r1', { status: 'live', comment: 'Seen at the last board' })).toBe(model);
    expect(updateCondition(model, 'a1', { comment: '' })).toBe(model);
    expect(updateCondition(model, 'ghost', { status: 'holds' })).toBe(model);
  });

  it('refuses a status that belongs to the other kind (a risk cannot "hold"), which the file checks would reject', () => {
    const model = sample();
    expect(updateCondition(model, 'r1', { status: 'holds' })).toBe(model);
    expect(updateCondition(model, 'a1', { status: 'live' })).toBe(model);
    expect(updateCondition(model, 'a1', { status: 'managed', text: 'Still a partnership' }).conditions[0]).toEqual({
      id: 'a1',
      kind: 'assumption',
      text: 'Still a partnership',
      status: 'unchecked',
    });
  });

  it('removes a condition, or returns the same model when it is missing', () => {
    const model = sample();
    expect(removeCondition(model, 'a1').conditions).toEqual([model.conditions[1]]);
    expect(removeCondition(model, 'ghost')).toBe(model);
  });
});

describe('tidyUp', () => {
  function crowded(): ModelContent {
    const long = 'A long label that wraps over several lines of the box because it keeps going on and on';
    return {
      title: 'Crowded',
      boxes: [
        { id: 'i3', level: 'inputs', label: 'Third', x: 5, y: 300 },
        { id: 'i1', level: 'inputs', label: long, x: 40, y: 100 },
        { id: 'i2', level: 'inputs', label: 'Second', x: 20, y: 130 },
        { id: 'a1', level: 'activities', label: 'Only one', x: 900, y: 700 },
        { id: 'o1', level: 'outcomes', label: 'Overlapping', x: boxXFor('outcomes'), y: 120 },
        { id: 'o2', level: 'outcomes', label: 'Overlapping too', x: boxXFor('outcomes'), y: 121 },
      ],
      links: [{ id: 'l', source: 'i1', target: 'a1' }],
      conditions: [],
    };
  }

  it('leaves no overlaps, keeps each lane in its top-to-bottom order and snaps boxes to their lanes', () => {
    const model = crowded();
    const tidy = tidyUp(model);
    expectNoOverlaps(tidy);
    expect(spans(tidy, 'inputs').map(([id]) => id)).toEqual(['i1', 'i2', 'i3']);
    expect(spans(tidy, 'outcomes').map(([id]) => id)).toEqual(['o1', 'o2']);
    for (const box of tidy.boxes) expect(box.x).toBe(boxXFor(box.level));
    // Packed from just under the heading, one gap apart.
    expect(spans(tidy, 'inputs').map(([, top]) => top)).toEqual([
      LANE_HEADER_HEIGHT,
      LANE_HEADER_HEIGHT + estimateBoxHeight(boxOf(model, 'i1')?.label ?? '') + BOX_GAP_Y,
      LANE_HEADER_HEIGHT + estimateBoxHeight(boxOf(model, 'i1')?.label ?? '') + ONE_LINE + 2 * BOX_GAP_Y,
    ]);
    expect(boxOf(tidy, 'a1')).toMatchObject({ x: boxXFor('activities'), y: LANE_HEADER_HEIGHT });
  });

  it('keeps the list order, levels, labels and links', () => {
    const model = crowded();
    const tidy = tidyUp(model);
    expect(tidy.boxes.map(({ id, level, label }) => ({ id, level, label }))).toEqual(model.boxes.map(({ id, level, label }) => ({ id, level, label })));
    expect(tidy.links).toBe(model.links);
  });

  it('puts unplaced boxes after the placed ones, in list order', () => {
    const model = crowded();
    const tidy = tidyUp(model, new Set(['i3', 'i1']));
    expect(spans(tidy, 'inputs').map(([id]) => id)).toEqual(['i2', 'i3', 'i1']);
    expectNoOverlaps(tidy);
  });

  it('returns the same model when it is already tidy, and is idempotent', () => {
    const tidy = tidyUp(crowded());
    expect(tidyUp(tidy)).toBe(tidy);
    const empty: ModelContent = { title: 'Empty', boxes: [], links: [], conditions: [] };
    expect(tidyUp(empty)).toBe(empty);
  });

  it('never lets a box stray out of its lane', () => {
    for (const box of tidyUp(crowded()).boxes) {
      expect(box.x).toBeGreaterThanOrEqual(laneLeft(box.level));
      expect(box.x + BOX_WIDTH).toBeLessThanOrEqual(laneLeft(box.level) + LANE_WIDTH);
    }
  });
});

describe('no edit changes its input', () => {
  const edits: Array<[string, (model: ModelContent) => ModelContent]> = [
    ['setTitle', (m) => setTitle(m, 'Other')],
    ['setDescription', (m) => setDescription(m, '')],
    ['addBox', (m) => addBox(m, { id: 'n', level: 'inputs', label: 'New', notes: 'n', owner: 'o', feature: 'f' })],
    ['updateBox', (m) => updateBox(m, 'b1', { label: 'Changed', notes: '', owner: 'Other', feature: 'leadership' })],
    ['moveBoxes', (m) => moveBoxes(m, [{ id: 'b1', x: 800, y: 400 }])],
    ['setBoxLevel', (m) => setBoxLevel(m, 'b2', 'learning')],
    ['deleteBoxes', (m) => deleteBoxes(m, ['b2'])],
    ['connect', (m) => connect(m, { id: 'l9', source: 'b3', target: 'b1', note: 'back' })],
    ['updateLink', (m) => updateLink(m, 'l2', { note: '' })],
    ['deleteLinks', (m) => deleteLinks(m, ['l1'])],
    ['addCondition', (m) => addCondition(m, { id: 'c9', kind: 'risk', text: 'New risk', status: 'unchecked' })],
    ['updateCondition', (m) => updateCondition(m, 'r1', { text: 'Changed', comment: '', status: 'managed' })],
    ['removeCondition', (m) => removeCondition(m, 'a1')],
    ['tidyUp', (m) => tidyUp(moveBoxes(m, [{ id: 'b1', x: 0, y: 700 }]))],
    ['tidyUp unplaced', (m) => tidyUp(addBox(m, { id: 'n', level: 'inputs', label: 'New', y: 40 }), new Set(['b1']))],
  ];

  it.each(edits)('%s works on a deep-frozen model and leaves it as it was', (_, edit) => {
    const frozen = deepFreeze(sample());
    const next = edit(frozen);
    expect(next).not.toBe(frozen);
    expect(frozen).toEqual(sample());
  });

  it('the helper really freezes nested objects', () => {
    const frozen = deepFreeze(sample());
    expect(() => {
      (frozen.boxes[0] as { label: string }).label = 'x';
    }).toThrow(TypeError);
    expect(() => (frozen.links as Box['id'][] & unknown[]).push('x')).toThrow(TypeError);
  });
});
