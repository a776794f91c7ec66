import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../domain/levels';
import type { Box, Link, ModelContent } from '../domain/model';
import { table1Conditions } from '../evidence/table1';
import { analyse, analyseMemo } from './analyse';
import { RULES } from './registry';
import { box, kindsOf, link, modelOf, ofKind } from './testModel';
import { FLAG_KINDS, SEVERITIES, type FlagKind } from './types';

const LINK_KINDS: ReadonlySet<FlagKind> = new Set(['skip-link', 'feedback-link', 'same-level-link', 'loop']);

/** A small pseudo-random model with every shape of link and some loops, the same every time. */
function tangledModel(): ModelContent {
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  const boxes: Box[] = Array.from({ length: 70 }, (_, i) => {
    const level = LEVEL_IDS[random(LEVEL_IDS.length)]!;
    // Every third box shares its row with another, so ties in position are broken by id.
    return box(`b${i}`, level, { y: 100 * Math.floor(i / 3), label: `Box ${i}`, ...(i % 4 === 0 ? { feature: 'leadership' } : {}) });
  });
  // Some pairs of boxes end up linked twice, as an imported file may have them.
  const links: Link[] = Array.from({ length: 120 }, (_, i) =>
    link(`l${i}`, `b${random(70)}`, `b${random(70)}`, i % 5 === 0 ? 'Because the evidence says so' : undefined),
  ).filter((each) => each.source !== each.target);
  return modelOf({ boxes, links, conditions: table1Conditions() });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('analyse', () => {
  it('has exactly one rule for each kind of flag, in the order of FLAG_KINDS', () => {
    expect(RULES.map((rule) => rule.kind)).toEqual([...FLAG_KINDS]);
  });

  it('raises feedback-link, skip-link and one loop for practice→activities, activities→reactions and a→b→c→a', () => {
    const model = modelOf({
      boxes: [
        box('p1', 'practice'),
        box('a1', 'activities'),
        box('r1', 'reactions'),
        box('a', 'engagement', { y: 100 }),
        box('b', 'reactions', { y: 100 }),
        box('c', 'learning', { y: 100 }),
      ],
      links: [link('back', 'p1', 'a1'), link('jump', 'a1', 'r1'), link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('ca', 'c', 'a')],
    });
    const flags = analyse(model);
    const linkKinds = [...kindsOf(flags)].filter((kind) => LINK_KINDS.has(kind));
    expect(new Set(linkKinds)).toEqual(new Set(['feedback-link', 'skip-link', 'loop']));
    expect(ofKind(flags, 'skip-link').map((flag) => flag.linkIds)).toEqual([['jump']]);
    // Reading order: “c” (learning) comes before “p1” (practice change).
    expect(ofKind(flags, 'feedback-link').map((flag) => flag.linkIds)).toEqual([['ca'], ['back']]);
    const loops = ofKind(flags, 'loop');
    expect(loops).toHaveLength(1);
    expect(loops[0]?.message).toMatch(/^A loop: “a” → “b” → “c” → “a”\./);
  });

  it('finds 32 missing features and 7 empty levels in a blank model', () => {
    const flags = analyse(modelOf({ conditions: table1Conditions() }));
    expect(ofKind(flags, 'missing-feature')).toHaveLength(32);
    expect(ofKind(flags, 'empty-level')).toHaveLength(7);
    expect(ofKind(flags, 'condition-unchecked')).toHaveLength(18);
    expect(kindsOf(flags)).toEqual(new Set(['missing-feature', 'empty-level', 'condition-unchecked']));
  });

  it('lists gaps, then notices, then info; within each, rules in registry order', () => {
    const flags = analyse(tangledModel());
    const rank = (kind: FlagKind) => FLAG_KINDS.indexOf(kind);
    for (let i = 1; i < flags.length; i++) {
      const before = flags[i - 1]!;
      const after = flags[i]!;
      const bySeverity = SEVERITIES.indexOf(before.severity) - SEVERITIES.indexOf(after.severity);
      expect(bySeverity).toBeLessThanOrEqual(0);
      if (bySeverity === 0) expect(rank(before.kind)).toBeLessThanOrEqual(rank(after.kind));
    }
  });

  it('gives every flag its own key', () => {
    const flags = analyse(tangledModel());
    expect(new Set(flags.map((flag) => flag.key)).size).toBe(flags.length);
    for (const kind of ['isolated-box', 'skip-link', 'feedback-link', 'same-level-link', 'loop'] as const) {
      expect(kindsOf(flags)).toContain(kind);
    }
  });

  it('gives the same flags in the same order on every run', () => {
    expect(analyse(tangledModel())).toEqual(analyse(tangledModel()));
  });

  it('does not depend on the order of the model’s boxes or links', () => {
    const model = tangledModel();
    const expected = analyse(model);
    for (const seed of [1, 2, 3]) {
      const reordered = { ...model, boxes: shuffled(model.boxes, seed), links: shuffled(model.links, seed + 10) };
      expect(analyse(reordered)).toEqual(expected);
    }
  });

  it('orders the many links of one box the same whatever their order in the model', () => {
    const hub = box('hub', 'practice');
    const targets = Array.from({ length: 30 }, (_, i) => box(`t${i}`, 'activities', { y: (i % 10) * 100 }));
    const links = targets.map((target, i) => link(`l${i}`, 'hub', target.id));
    // Two links between the same boxes: ordered by id.
    links.push(link('l-repeat', 'hub', 't0'));
    const model = modelOf({ boxes: [hub, ...targets], links });
    const expected = ofKind(analyse(model), 'feedback-link').map((flag) => flag.key);
    expect(expected.slice(0, 3)).toEqual(['feedback-link:l-repeat', 'feedback-link:l0', 'feedback-link:l10']);
    for (const seed of [4, 5]) {
      const reordered = { ...model, boxes: shuffled(model.boxes, seed), links: shuffled(model.links, seed) };
      expect(ofKind(analyse(reordered), 'feedback-link').map((flag) => flag.key)).toEqual(expected);
    }
  });

  it('ignores a link to a box that is not in the model', () => {
    const model = modelOf({ boxes: [box('a', 'activities')], links: [link('l1', 'a', 'gone'), link('l2', 'gone', 'a')] });
    expect(ofKind(analyse(model), 'isolated-box').map((flag) => flag.key)).toEqual(['isolated-box:a']);
  });
});

describe('box numbering kept between analyses', () => {
  it('gives what a first analysis gives after boxes are edited, reordered, added or removed', () => {
    const model = tangledModel();
    const keys = (flags: readonly { key: string; message: string }[]) => flags.map((flag) => `${flag.key} ${flag.message}`);
    const variants = [
      { ...model, boxes: model.boxes.map((box, i) => (i === 0 ? { ...box, label: 'Relabelled' } : box)) },
      { ...model, boxes: [...model.boxes].reverse() },
      { ...model, boxes: model.boxes.slice(1) },
      { ...model, boxes: [...model.boxes, box('late', 'outcomes')] },
    ];
    analyse(model);
    for (const variant of variants) {
      const afterAnother = keys(analyse(variant));
      const copied = structuredClone(variant);
      expect(afterAnother).toEqual(keys(analyse(copied)));
    }
  });
});

describe('analyseMemo', () => {
  it('analyses each model object once and shares the result', () => {
    const model = tangledModel();
    const first = analyseMemo(model, '2026-03-01');
    expect(analyseMemo(model, '2026-03-01')).toBe(first);
    expect(first).toEqual(analyse(model, '2026-03-01'));
    const changed = { ...model, boxes: [...model.boxes] };
    expect(analyseMemo(changed, '2026-03-01')).not.toBe(first);
    expect(analyseMemo({ ...model, links: [...model.links] }, '2026-03-01')).not.toBe(first);
  });

  it('does not analyse again when only the title or description was typed', () => {
    const model = tangledModel();
    const first = analyseMemo(model, '2026-03-01');
    expect(analyseMemo({ ...model, title: 'Typed', description: 'Also typed' }, '2026-03-01')).toBe(first);
  });

  it('analyses the same model again when the date rolls over', () => {
    const rated = box('r', 'learning', {
      rating: { progress: 'on-track', confidence: 'medium', date: '2025-03-01' },
      evidence: [{ id: 'e1', date: '2025-03-01', kind: 'data', summary: 'Survey' }],
    });
    const model = modelOf({ boxes: [rated] });
    expect(ofKind(analyseMemo(model, '2026-03-01'), 'evidence-stale')).toEqual([]);
    expect(ofKind(analyseMemo(model, '2026-03-02'), 'evidence-stale').map((flag) => flag.key)).toEqual(['evidence-stale:r']);
  });
});
