import { describe, expect, it } from 'vitest';
import { modelFromTemplate } from '../templates/catalogue';
import { analyse } from './analyse';

function kinds(flags: ReturnType<typeof analyse>, kind: string) {
  return flags.filter((flag) => flag.kind === kind);
}

describe('flags on the templates', () => {
  it('the evidence template lacks no evidence feature and leaves no level empty', () => {
    const flags = analyse(modelFromTemplate('evidence'));
    expect(kinds(flags, 'missing-feature')).toEqual([]);
    expect(kinds(flags, 'empty-level')).toEqual([]);
  });

  it("the evidence template's one non-linear link is the briefing's own feedback example, explained in its note", () => {
    const flags = analyse(modelFromTemplate('evidence'));
    const feedback = kinds(flags, 'feedback-link');
    expect(feedback).toHaveLength(1);
    expect(feedback[0]?.acknowledged).toBe(true);
    expect(kinds(flags, 'skip-link')).toEqual([]);
  });

  it('the evidence template asks for an indicator on each of its practice-change and final-outcome boxes, and rates nothing', () => {
    const model = modelFromTemplate('evidence');
    const flags = analyse(model, '2026-03-01');
    const laterBoxes = model.boxes.filter((box) => box.level === 'practice' || box.level === 'outcomes');
    expect(laterBoxes).toHaveLength(5);
    expect(kinds(flags, 'no-indicator').flatMap((flag) => flag.boxIds).sort()).toEqual(laterBoxes.map((box) => box.id).sort());
    expect(kinds(flags, 'rating-without-evidence')).toEqual([]);
    expect(kinds(flags, 'evidence-stale')).toEqual([]);
  });

  it.each(['reoffending', 'third-sector-trust'] as const)('the %s worked example gives every practice change and outcome an indicator', (id) => {
    expect(kinds(analyse(modelFromTemplate(id), '2026-03-01'), 'no-indicator')).toEqual([]);
  });

  it('the blank template lacks all 32 features and leaves all 7 levels empty', () => {
    const flags = analyse(modelFromTemplate('blank'));
    expect(kinds(flags, 'missing-feature')).toHaveLength(32);
    expect(new Set(kinds(flags, 'missing-feature').map((flag) => flag.featureId)).size).toBe(32);
    expect(kinds(flags, 'empty-level')).toHaveLength(7);
  });
});
