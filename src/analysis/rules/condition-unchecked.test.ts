import { describe, expect, it } from 'vitest';
import type { Condition } from '../../domain/model';
import { table1Conditions } from '../../evidence/table1';
import { analyse } from '../analyse';
import { modelOf, ofKind } from '../testModel';

const unchecked = (conditions: Condition[]) => ofKind(analyse(modelOf({ conditions })), 'condition-unchecked');

describe('condition-unchecked', () => {
  it('flags each unchecked condition on its own, in the model’s order', () => {
    const flags = unchecked(table1Conditions());
    expect(flags.map((flag) => flag.conditionIds)).toEqual(table1Conditions().map((condition) => [condition.id]));
    expect(flags[0]).toMatchObject({
      key: 'condition-unchecked:a1',
      severity: 'notice',
      action: { type: 'review-condition', conditionId: 'a1' },
      message: 'The assumption “This is a partnership” has not been checked yet: does it hold for this partnership?',
    });
    expect(flags[9]?.message).toBe(
      "The risk “Term 'partnership' used cynically to mask hierarchical arrangements” has not been checked yet: is it managed?",
    );
  });

  it('does not flag conditions someone has looked at', () => {
    const conditions: Condition[] = [
      { id: 'a1', kind: 'assumption', text: 'Timeframes are realistic', status: 'holds' },
      { id: 'a2', kind: 'assumption', text: 'This is a partnership', status: 'at-risk' },
      { id: 'r1', kind: 'risk', text: 'Programme of work complex and unwieldy', status: 'managed' },
      { id: 'r2', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' },
    ];
    expect(unchecked(conditions)).toEqual([]);
  });
});
