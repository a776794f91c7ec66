import { describe, expect, it } from 'vitest';
import type { ModelChange } from './changes';
import { diffModels } from './diff';
import { levelIndex, type LevelId } from './levels';
import type { Box, Condition, EvidenceEntry, Indicator, Link, ModelContent, Rating } from './model';

function box(id: string, level: LevelId, extra: Partial<Box> = {}): Box {
  return { id, level, label: `Box ${id}`, x: levelIndex(level) * 260, y: 0, ...extra };
}

const rating = (progress: Rating['progress'], confidence: Rating['confidence'] = 'medium', date = '2026-06-01'): Rating => ({ progress, confidence, date });
const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({ id, text: `Indicator ${id}`, ...extra });
const entry = (id: string, date: string, summary = `Finding ${id}`): EvidenceEntry => ({ id, date, kind: 'data', summary });
const assumption = (id: string, status: 'holds' | 'at-risk' | 'unchecked', text = `Assumption ${id}`): Condition => ({ id, kind: 'assumption', text, status });

function model(boxes: Box[], links: Link[] = [], conditions: Condition[] = [], extra: Partial<ModelContent> = {}): ModelContent {
  return { title: 'Reducing reoffending', boxes, links, conditions, ...extra };
}

/** A deep copy, as a version read back from storage or a file is: nothing shared with the original. */
const copied = (content: ModelContent): ModelContent => JSON.parse(JSON.stringify(content)) as ModelContent;

const kinds = (changes: readonly ModelChange[]) => changes.map((change) => change.kind);

const base = model(
  [
    box('a', 'inputs', { label: 'Pooled budget' }),
    box('b', 'activities', { label: 'Joint training', notes: 'Twice a year', owner: 'Council' }),
    box('c', 'engagement', { label: 'Front-line staff take part' }),
  ],
  [
    { id: 'l1', source: 'a', target: 'b' },
    { id: 'l2', source: 'b', target: 'c', note: 'Training brings staff in' },
  ],
  [assumption('a1', 'unchecked', 'Timeframes are realistic')],
);

describe('diffModels: nothing changed', () => {
  it('finds no change between a model and itself, or a deep copy of it', () => {
    expect(diffModels(base, base)).toEqual([]);
    expect(diffModels(base, copied(base))).toEqual([]);
  });

  it('does not count moving a box within its lane as a change', () => {
    const moved = { ...base, boxes: base.boxes.map((each) => (each.id === 'b' ? { ...each, x: each.x + 40, y: 300 } : each)) };
    expect(diffModels(base, moved)).toEqual([]);
  });

  it('treats a cleared text and a missing one as the same', () => {
    const cleared = { ...base, description: '', boxes: base.boxes.map((each) => (each.id === 'a' ? { ...each, notes: '' } : each)) };
    expect(diffModels(base, cleared)).toEqual([]);
  });
});

describe('diffModels: boxes', () => {
  it('reports a box added and one removed, each named from the side it is on', () => {
    const after = { ...base, boxes: [...base.boxes.filter((each) => each.id !== 'a'), box('d', 'outcomes', { label: 'Fewer people reoffend' })], links: base.links.slice(1) };
    const changes = diffModels(base, after);
    expect(changes.filter((change) => change.group === 'boxes')).toEqual([
      { kind: 'box-removed', group: 'boxes', boxId: 'a', label: 'Pooled budget', level: 'inputs' },
      { kind: 'box-added', group: 'boxes', boxId: 'd', label: 'Fewer people reoffend', level: 'outcomes' },
    ]);
  });

  it('reports a relabel, a move to another level, and notes, feature and owner changed', () => {
    const after = {
      ...base,
      boxes: base.boxes.map((each) =>
        each.id === 'b' ? { ...each, label: 'Joint training 2026', level: 'engagement' as const, x: 520, notes: 'Quarterly', feature: 'shared-vision', owner: undefined } : each,
      ),
    };
    expect(diffModels(base, after)).toEqual([
      { kind: 'box-relabelled', group: 'boxes', boxId: 'b', label: 'Joint training 2026', level: 'engagement', before: 'Joint training', after: 'Joint training 2026' },
      { kind: 'box-level-changed', group: 'boxes', boxId: 'b', label: 'Joint training 2026', level: 'engagement', before: 'activities', after: 'engagement' },
      { kind: 'box-field-changed', group: 'boxes', boxId: 'b', label: 'Joint training 2026', level: 'engagement', field: 'notes', before: 'Twice a year', after: 'Quarterly' },
      { kind: 'box-field-changed', group: 'boxes', boxId: 'b', label: 'Joint training 2026', level: 'engagement', field: 'feature', after: 'shared-vision' },
      { kind: 'box-field-changed', group: 'boxes', boxId: 'b', label: 'Joint training 2026', level: 'engagement', field: 'owner', before: 'Council' },
    ]);
  });

  it('lists a box moved to another level once, whatever its new position', () => {
    const after = { ...base, boxes: base.boxes.map((each) => (each.id === 'c' ? { ...each, level: 'reactions' as const, x: 780, y: 90 } : each)) };
    expect(kinds(diffModels(base, after))).toEqual(['box-level-changed']);
  });
});

describe('diffModels: links', () => {
  it('reports a link added and one removed with the labels of their ends', () => {
    const after = { ...base, links: [base.links[1]!, { id: 'l3', source: 'a', target: 'c' }] };
    expect(diffModels(base, after)).toEqual([
      { kind: 'link-removed', group: 'links', linkId: 'l1', source: { boxId: 'a', label: 'Pooled budget' }, target: { boxId: 'b', label: 'Joint training' } },
      { kind: 'link-added', group: 'links', linkId: 'l3', source: { boxId: 'a', label: 'Pooled budget' }, target: { boxId: 'c', label: 'Front-line staff take part' } },
    ]);
  });

  it('reports a link re-targeted by the editor (a new link in place of the old) as one removed and one added', () => {
    const after = { ...base, links: [{ id: 'l9', source: 'a', target: 'c' }, base.links[1]!] };
    const changes = diffModels(base, after);
    expect(kinds(changes)).toEqual(['link-removed', 'link-added']);
    expect(changes.map((change) => 'linkId' in change && change.linkId)).toEqual(['l1', 'l9']);
  });

  it('reports the same link id joining other boxes as one link reconnected', () => {
    const after = { ...base, links: [{ id: 'l1', source: 'a', target: 'c' }, base.links[1]!] };
    expect(diffModels(base, after)).toEqual([
      {
        kind: 'link-reconnected',
        group: 'links',
        linkId: 'l1',
        source: { boxId: 'a', label: 'Pooled budget' },
        target: { boxId: 'c', label: 'Front-line staff take part' },
        sourceBefore: { boxId: 'a', label: 'Pooled budget' },
        targetBefore: { boxId: 'b', label: 'Joint training' },
      },
    ]);
  });

  it('reports a link note added, changed and removed', () => {
    const noted = (first?: string, second?: string) => ({
      ...base,
      links: [{ id: 'l1', source: 'a', target: 'b', ...(first ? { note: first } : {}) }, { id: 'l2', source: 'b', target: 'c', ...(second ? { note: second } : {}) }],
    });
    const changes = diffModels(base, noted('Budget pays for it', undefined));
    expect(changes).toMatchObject([
      { kind: 'link-note-changed', linkId: 'l1', after: 'Budget pays for it' },
      { kind: 'link-note-changed', linkId: 'l2', before: 'Training brings staff in' },
    ]);
    expect(changes[0]).not.toHaveProperty('before');
    expect(diffModels(base, noted(undefined, 'Staff asked for it'))).toMatchObject([{ kind: 'link-note-changed', before: 'Training brings staff in', after: 'Staff asked for it' }]);
  });
});

describe('diffModels: assumptions and risks', () => {
  it('reports a condition’s status, text and comment changed', () => {
    const after = { ...base, conditions: [{ ...assumption('a1', 'holds', 'Timeframes are realistic here'), comment: 'Agreed in June' }] };
    expect(diffModels(base, after)).toEqual([
      { kind: 'condition-text-changed', group: 'conditions', conditionId: 'a1', conditionKind: 'assumption', text: 'Timeframes are realistic here', before: 'Timeframes are realistic', after: 'Timeframes are realistic here' },
      { kind: 'condition-status-changed', group: 'conditions', conditionId: 'a1', conditionKind: 'assumption', text: 'Timeframes are realistic here', before: 'unchecked', after: 'holds' },
      { kind: 'condition-comment-changed', group: 'conditions', conditionId: 'a1', conditionKind: 'assumption', text: 'Timeframes are realistic here', after: 'Agreed in June' },
    ]);
  });

  it('reports conditions added and removed: assumptions before risks, then by text', () => {
    const risk: Condition = { id: 'r1', kind: 'risk', text: 'Budgets are cut', status: 'live' };
    const after = { ...base, conditions: [risk, assumption('own', 'at-risk', 'Partners stay')] };
    expect(diffModels(base, after).map((change) => [change.kind, 'conditionId' in change && change.conditionId])).toEqual([
      ['condition-added', 'own'],
      ['condition-removed', 'a1'],
      ['condition-added', 'r1'],
    ]);
  });
});

describe('diffModels: progress', () => {
  const rated = (progress?: Rating) => model([box('b', 'activities', { label: 'Joint training', ...(progress ? { rating: progress } : {}) })]);

  it('reports progress improved and worse, with the direction', () => {
    expect(diffModels(rated(rating('at-risk')), rated(rating('on-track')))).toEqual([
      { kind: 'progress-changed', group: 'progress', boxId: 'b', label: 'Joint training', level: 'activities', before: 'at-risk', after: 'on-track', direction: 'improved' },
    ]);
    expect(diffModels(rated(rating('achieved')), rated(rating('off-track')))).toMatchObject([{ kind: 'progress-changed', direction: 'worse' }]);
  });

  it('reports nothing when the same rating is given again on a later day', () => {
    expect(diffModels(rated(rating('on-track', 'low', '2026-03-01')), rated(rating('on-track', 'low', '2026-06-01')))).toEqual([]);
  });

  it('reports a change of confidence apart from progress', () => {
    expect(diffModels(rated(rating('at-risk', 'low')), rated(rating('on-track', 'high')))).toMatchObject([
      { kind: 'progress-changed', direction: 'improved' },
      { kind: 'confidence-changed', before: 'low', after: 'high', direction: 'higher' },
    ]);
    expect(diffModels(rated(rating('at-risk', 'high')), rated(rating('at-risk', 'medium')))).toMatchObject([{ kind: 'confidence-changed', direction: 'lower' }]);
  });

  it('reports a rating added and removed', () => {
    expect(diffModels(rated(), rated(rating('on-track')))).toMatchObject([{ kind: 'rating-added', boxId: 'b', rating: { progress: 'on-track' } }]);
    expect(diffModels(rated(rating('on-track')), rated())).toMatchObject([{ kind: 'rating-removed', boxId: 'b', rating: { progress: 'on-track' } }]);
  });

  it('lists an added box once, not its rating, indicators and evidence as well', () => {
    const after = model([box('b', 'activities', { rating: rating('on-track'), indicators: [indicator('i1')], evidence: [entry('e1', '2026-01-01')] })]);
    expect(kinds(diffModels(model([]), after))).toEqual(['box-added']);
    expect(kinds(diffModels(after, model([])))).toEqual(['box-removed']);
  });
});

describe('diffModels: indicators and evidence', () => {
  const withProgress = (indicators: Indicator[], evidence: EvidenceEntry[]) => model([box('b', 'activities', { label: 'Joint training', indicators, evidence })]);

  it('reports an indicator’s target changed, with each field before and after', () => {
    const before = withProgress([indicator('i1', { baseline: '2 in 5', target: '4 in 5' })], []);
    const after = withProgress([indicator('i1', { baseline: '2 in 5', target: '5 in 5', due: '2027-03-31' })], []);
    expect(diffModels(before, after)).toEqual([
      {
        kind: 'indicator-changed',
        group: 'indicators',
        boxId: 'b',
        label: 'Joint training',
        level: 'activities',
        indicator: after.boxes[0]!.indicators![0],
        fields: [
          { field: 'target', before: '4 in 5', after: '5 in 5' },
          { field: 'due', after: '2027-03-31' },
        ],
      },
    ]);
  });

  it('reports indicators added and removed', () => {
    const changes = diffModels(withProgress([indicator('i1'), indicator('i2')], []), withProgress([indicator('i3'), indicator('i1')], []));
    expect(changes.map((change) => [change.kind, 'indicator' in change && change.indicator.id])).toEqual([
      ['indicator-added', 'i3'],
      ['indicator-removed', 'i2'],
    ]);
  });

  it('reports evidence added and removed, newest first', () => {
    const before = withProgress([], [entry('e2', '2026-05-01'), entry('e1', '2026-01-01')]);
    const after = withProgress([], [entry('e4', '2026-10-01', 'Survey of partners'), entry('e3', '2026-08-01'), entry('e2', '2026-05-01')]);
    expect(diffModels(before, after).map((change) => [change.kind, 'entry' in change && change.entry.id])).toEqual([
      ['evidence-added', 'e4'],
      ['evidence-added', 'e3'],
      ['evidence-removed', 'e1'],
    ]);
  });

  it('reports an evidence entry changed, field by field', () => {
    const before = withProgress([], [entry('e1', '2026-05-01')]);
    const after = withProgress([], [{ ...entry('e1', '2026-05-02'), kind: 'feedback' }]);
    expect(diffModels(before, after)).toMatchObject([
      {
        kind: 'evidence-changed',
        fields: [
          { field: 'date', before: '2026-05-01', after: '2026-05-02' },
          { field: 'kind', before: 'data', after: 'feedback' },
        ],
      },
    ]);
  });
});

describe('diffModels: title and description', () => {
  it('reports the title and description changed, last', () => {
    const after = { ...base, title: 'Reducing reoffending 2026', description: 'For the June board', boxes: [...base.boxes, box('z', 'outcomes')] };
    expect(diffModels(base, after)).toEqual([
      { kind: 'box-added', group: 'boxes', boxId: 'z', label: 'Box z', level: 'outcomes' },
      { kind: 'title-changed', group: 'model', before: 'Reducing reoffending', after: 'Reducing reoffending 2026' },
      { kind: 'description-changed', group: 'model', after: 'For the June board' },
    ]);
  });
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('diffModels: order', () => {
  const levels: LevelId[] = ['inputs', 'activities', 'engagement', 'reactions', 'learning', 'practice', 'outcomes'];
  const before = model(
    Array.from({ length: 30 }, (_, i) => box(`b${i}`, levels[i % 7]!, { label: `Box ${i % 10}`, rating: rating(i % 2 ? 'at-risk' : 'on-track'), evidence: [entry(`e${i}`, '2026-01-01')] })),
    Array.from({ length: 29 }, (_, i) => ({ id: `l${i}`, source: `b${i}`, target: `b${i + 1}` })),
    [assumption('a1', 'unchecked'), assumption('a2', 'holds'), { id: 'r1', kind: 'risk', text: 'Risk', status: 'live' }],
  );
  const after = model(
    [
      ...before.boxes.filter((_, i) => i % 5 !== 0).map((each, i) => (i % 3 === 0 ? { ...each, label: `${each.label}!`, rating: rating('achieved'), evidence: [] } : each)),
      box('new1', 'practice'),
      box('new2', 'inputs'),
    ],
    [...before.links.filter((_, i) => i % 4 !== 0), { id: 'n1', source: 'b1', target: 'b3' }, { id: 'n2', source: 'b2', target: 'b1' }],
    [assumption('a1', 'holds'), { id: 'r1', kind: 'risk', text: 'Risk', status: 'managed' }, assumption('a3', 'at-risk')],
  );

  it('gives the same list however the arrays are ordered', () => {
    const expected = diffModels(before, after);
    expect(expected.length).toBeGreaterThan(30);
    for (const seed of [1, 2, 3, 42]) {
      const shuffle = (content: ModelContent): ModelContent => ({
        ...content,
        boxes: shuffled(content.boxes, seed),
        links: shuffled(content.links, seed + 1),
        conditions: shuffled(content.conditions, seed + 2),
      });
      expect(diffModels(shuffle(before), shuffle(after))).toEqual(expected);
    }
  });

  it('lists groups in order and, within a group, boxes by level, then label, then id', () => {
    const changes = diffModels(before, after);
    const groups = changes.map((change) => change.group);
    expect(groups).toEqual([...groups].sort((a, b) => ['boxes', 'links', 'conditions', 'progress', 'indicators', 'evidence', 'model'].indexOf(a) - ['boxes', 'links', 'conditions', 'progress', 'indicators', 'evidence', 'model'].indexOf(b)));
    const added = changes.filter((change) => change.kind === 'box-added').map((change) => 'boxId' in change && change.boxId);
    expect(added).toEqual(['new2', 'new1']);
    const removed = changes.filter((change) => change.kind === 'box-removed').map((change) => 'boxId' in change && change.boxId);
    const levelOf = (id: string) => levels.indexOf(before.boxes.find((each) => each.id === id)!.level);
    expect(removed.map((id) => levelOf(id as string))).toEqual([...removed.map((id) => levelOf(id as string))].sort((a, b) => a - b));
  });
});
