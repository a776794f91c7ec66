import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { box, link, modelOf, ofKind, straightChain } from '../testModel';

const feedback = (parts: Parameters<typeof modelOf>[0]) => ofKind(analyse(modelOf(parts)), 'feedback-link');
const boxes = [box('a', 'activities'), box('p', 'practice'), box('p2', 'practice', { y: 100 })];

describe('feedback-link', () => {
  it('raises nothing when every link runs forward', () => {
    expect(feedback(straightChain())).toEqual([]);
  });

  it('flags the briefing’s own example, practice back to activities, as a notice', () => {
    const flags = feedback({ boxes, links: [link('l1', 'p', 'a'), link('l2', 'a', 'p'), link('l3', 'p', 'p2')] });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'feedback-link:l1',
      severity: 'notice',
      acknowledged: false,
      linkIds: ['l1'],
      action: { type: 'explain-link', linkId: 'l1' },
      message:
        'The link from “p” (Practice change) runs back to “a” (Activities), an earlier level. That can be right, as the briefing says the relationship is “not just linear”. Add a note to the link saying how one feeds back into the other.',
    });
    expect(flags[0]?.passage.section).toBe('Features of an effective partnership');
  });

  it('shows a feedback link with a note as acknowledged, at info', () => {
    const [flag] = feedback({ boxes, links: [link('l1', 'p', 'a', 'Shared data changes what we plan')] });
    expect(flag).toMatchObject({
      severity: 'info',
      acknowledged: true,
      message: 'The link from “p” (Practice change) runs back to “a” (Activities), an earlier level; its note says why.',
    });
  });
});
