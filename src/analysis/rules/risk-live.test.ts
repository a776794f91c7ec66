import { describe, expect, it } from 'vitest';
import type { Condition } from '../../domain/model';
import { analyse } from '../analyse';
import { modelOf, ofKind } from '../testModel';

const live = (conditions: Condition[]) => ofKind(analyse(modelOf({ conditions })), 'risk-live');

describe('risk-live', () => {
  it('flags a risk marked live as a gap', () => {
    const flags = live([{ id: 'r9', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'live' }]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'risk-live:r9',
      severity: 'gap',
      conditionIds: ['r9'],
      action: { type: 'review-condition', conditionId: 'r9' },
      message: 'The risk “Lack of ownership amongst partners” is marked live: it is not yet managed.',
    });
  });

  it('does not flag managed or unchecked risks, nor any assumption', () => {
    expect(
      live([
        { id: 'r1', kind: 'risk', text: 'Programme of work complex and unwieldy', status: 'managed' },
        { id: 'r2', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'unchecked' },
        { id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'at-risk' },
      ]),
    ).toEqual([]);
  });
});
