import { describe, expect, it } from 'vitest';
import type { Condition } from '../../domain/model';
import { analyse } from '../analyse';
import { modelOf, ofKind } from '../testModel';

const atRisk = (conditions: Condition[]) => ofKind(analyse(modelOf({ conditions })), 'assumption-at-risk');

describe('assumption-at-risk', () => {
  it('flags an assumption marked at risk as a gap', () => {
    const flags = atRisk([{ id: 'a9', kind: 'assumption', text: 'Timeframes are realistic', status: 'at-risk' }]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'assumption-at-risk:a9',
      severity: 'gap',
      conditionIds: ['a9'],
      action: { type: 'review-condition', conditionId: 'a9' },
      message:
        'The assumption “Timeframes are realistic” is marked at risk: the outcomes depend on it, so plan what to do if it does not hold.',
    });
    expect(flags[0]?.passage.quote).toContain('summarised as risks and assumptions in Table 1');
  });

  it('does not flag assumptions that hold or are unchecked, nor any risk', () => {
    expect(
      atRisk([
        { id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'holds' },
        { id: 'a2', kind: 'assumption', text: 'Timeframes are realistic', status: 'unchecked' },
        { id: 'r1', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' },
      ]),
    ).toEqual([]);
  });
});
