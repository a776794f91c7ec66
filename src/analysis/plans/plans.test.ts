import { describe, expect, it } from 'vitest';
import { addBox } from '../../domain/edits';
import type { ModelContent, Progress } from '../../domain/model';
import { addContribution, setOpens } from '../../domain/modelLinks';
import { rateBox } from '../../domain/progressEdits';
import { digestOf, overallDirection } from './digest';
import { loopIfOpened, openingRefusal } from './openings';
import { planFlags } from './planFlags';
import { planTotals, rollUp, rollUpSentence, rollUpWords } from './rollup';

function model(uid: string, title: string, outcomes: (Progress | null)[]): ModelContent {
  let content: ModelContent = { uid, title, boxes: [], links: [], conditions: [] };
  content = addBox(content, { id: `${uid}-a`, level: 'activities', label: 'Do the work', y: 0 });
  outcomes.forEach((progress, i) => {
    content = addBox(content, { id: `${uid}-o${i}`, level: 'outcomes', label: `Outcome ${i + 1}`, y: i * 100 });
    if (progress) content = rateBox(content, `${uid}-o${i}`, { progress, confidence: 'medium', date: '2026-11-01' });
  });
  return content;
}

describe('the roll-up', () => {
  it('counts how a model’s final outcomes are rated, in words best first', () => {
    const digest = digestOf(model('m1', 'Family support', ['on-track', 'at-risk', 'on-track', 'on-track', null]));
    const rollup = rollUp(digest);
    expect(rollup).toEqual({ total: 5, counts: { 'off-track': 0, 'at-risk': 1, 'on-track': 3, achieved: 0 }, unrated: 1 });
    expect(rollUpWords(rollup)).toBe('3 on track, 1 at risk, 1 not rated');
    expect(rollUpSentence(digest)).toBe('Final outcomes: 3 on track, 1 at risk, 1 not rated');
    expect(rollUpSentence(digestOf(model('m2', 'Empty', [])))).toBe('Empty has no final outcomes yet');
  });

  it('adds up a plan’s models for the summary row', () => {
    const digests = [digestOf(model('m1', 'A', ['on-track', 'achieved'])), digestOf(model('m2', 'B', ['off-track', null]))];
    const totals = planTotals(digests);
    expect(totals.models).toBe(2);
    expect(totals.finalOutcomes.counts).toEqual({ 'off-track': 1, 'at-risk': 0, 'on-track': 1, achieved: 1 });
    expect(totals.finalOutcomes.unrated).toBe(1);
    expect(totals.unrated).toBe(3);
  });

  it('says the direction since the last saved version', () => {
    const before = model('m1', 'A', ['at-risk', 'on-track']);
    const now = rateBox(before, 'm1-o0', { progress: 'on-track', confidence: 'high', date: '2026-12-01' });
    const digest = digestOf(now, { previous: { savedAt: '2026-11-02T10:00:00Z', name: 'Q2 board', content: before } });
    expect(digest.direction).toEqual({ since: 'Q2 board', improved: 1, noChange: 1, worse: 0 });
    expect(overallDirection(digest)).toBe('improved');
    expect(overallDirection(digestOf(now))).toBeUndefined();
  });

  it('counts measures by their direction of travel', () => {
    let content = model('m1', 'A', ['on-track']);
    content = {
      ...content,
      boxes: content.boxes.map((box) =>
        box.id === 'm1-o0'
          ? { ...box, indicators: [{ id: 'i1', text: 'Families housed', polarity: 'higher-is-better' as const, frequency: 'annual' as const, values: [{ period: '2024/25', actual: 10 }, { period: '2025/26', actual: 14 }] }] }
          : box,
      ),
    };
    expect(digestOf(content).measures).toEqual({ improving: 1, maintaining: 0, worsening: 0 });
  });
});

describe('loops of openings', () => {
  const loip = setOpens(model('loip', 'Riverside LOIP', []), 'loip-a', { model: 'family' });
  const family = setOpens(model('family', 'Family support workstream', []), 'family-a', { model: 'locality' });
  const locality = model('locality', 'Locality plan', []);
  const digests = [loip, family, locality].map((content) => digestOf(content));

  it('refuses an opening that would come back to where it started, naming the chain', () => {
    expect(loopIfOpened('locality', 'loip', digests)).toEqual(['Locality plan', 'Riverside LOIP', 'Family support workstream', 'Locality plan']);
    expect(openingRefusal('locality', 'loip', digests)).toBe(
      'This would make a loop of openings (Locality plan › Riverside LOIP › Family support workstream › Locality plan), so a reader would go round for ever. Choose another model.',
    );
    expect(openingRefusal('loip', 'loip', digests)).toBe('A box cannot open the model it is in.');
  });

  it('allows an opening that makes no loop, and one to a model that is not here', () => {
    expect(openingRefusal('loip', 'locality', digests)).toBeUndefined();
    expect(openingRefusal('loip', 'model-on-another-computer', digests)).toBeUndefined();
  });
});

describe('plan flags', () => {
  it('flags a plan outcome nothing contributes to, and a child outcome that contributes to nothing', () => {
    let loip = model('loip', 'Riverside LOIP', ['on-track', 'at-risk']);
    loip = setOpens(loip, 'loip-a', { model: 'family' });
    let family = model('family', 'Family support', [null, null]);
    family = addContribution(family, 'family-o0', { model: 'loip', box: 'loip-o0' });
    const flags = planFlags([digestOf(loip), digestOf(family)]);
    expect(flags.map((flag) => [flag.kind, flag.model, flag.box])).toEqual([
      ['plan-outcome-unserved', 'loip', 'loip-o1'],
      ['child-outcome-serves-nothing', 'family', 'family-o1'],
    ]);
    expect(flags[0]!.message).toBe('Riverside LOIP: nothing contributes to the plan outcome ‘Outcome 2’.');
    expect(flags[1]!.message).toBe('Family support: the final outcome ‘Outcome 2’ contributes to nothing in the plan or nationally.');
  });

  it('counts a national outcome as something a child’s outcome contributes to, and a missing model as nothing in the plan', () => {
    let family = model('family', 'Family support', [null]);
    family = addContribution(family, 'family-o0', { framework: 'scotland-npf', edition: '2018', outcome: 'poverty' });
    const loip = setOpens(model('loip', 'LOIP', []), 'loip-a', { model: 'family' });
    expect(planFlags([digestOf(loip), digestOf(family)])).toEqual([]);
    const lonely = setOpens(model('x', 'X', ['on-track']), 'x-a', { model: 'gone' });
    expect(planFlags([digestOf(lonely)])).toEqual([]);
  });
});
