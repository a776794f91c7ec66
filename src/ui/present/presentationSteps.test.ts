import { describe, expect, it } from 'vitest';
import { computePathway } from '../../analysis/pathway';
import { box, link, modelOf } from '../../analysis/testModel';
import { levelsAtStep, presentationPlan } from './presentationSteps';

const model = {
  ...modelOf({
    boxes: [box('i', 'inputs'), box('a2', 'activities', { y: 200 }), box('a1', 'activities', { y: 100 }), box('o', 'outcomes'), box('side', 'engagement')],
    links: [link('1', 'i', 'a1'), link('2', 'a1', 'o'), link('3', 'i', 'a2'), link('4', 'a2', 'side')],
  }),
  description: 'Our chain.',
};

describe('presentationPlan', () => {
  it('steps lane by lane: a title, then one level more each step, skipping empty levels, boxes top to bottom', () => {
    const plan = presentationPlan(model, null);
    expect(plan.title).toBe('Test model');
    expect(plan.subtitle).toBe('Our chain.');
    expect(plan.levels.map((level) => level.level.id)).toEqual(['inputs', 'activities', 'engagement', 'outcomes']);
    expect(plan.levels[1]!.boxes.map((b) => b.id)).toEqual(['a1', 'a2']);
    expect(plan.stepCount).toBe(5);
    expect(levelsAtStep(plan, 0)).toEqual([]);
    expect(levelsAtStep(plan, 2).map((level) => level.level.id)).toEqual(['inputs', 'activities']);
    expect(levelsAtStep(plan, 99)).toHaveLength(4);
    expect(plan.links.map((l) => l.id)).toEqual(['1', '2', '3', '4']);
  });

  it('steps along a pathway: only its boxes, levels and links, said in words on the title step', () => {
    const plan = presentationPlan(model, computePathway(model, ['a1']));
    expect(plan.title).toBe('Test model: a pathway');
    expect(plan.subtitle).toBe('Inputs: i → Activities: a1 → Final outcomes: o');
    expect(plan.levels.map((level) => level.boxes.map((b) => b.id))).toEqual([['i'], ['a1'], ['o']]);
    expect(plan.links.map((l) => l.id)).toEqual(['1', '2']);
    expect(plan.stepCount).toBe(4);
  });
});
