/** What a rule is, and the one way rules build their flags. */
import type { AnalysisContext } from './context';
import type { Flag, FlagKind } from './types';

export interface Rule {
  readonly kind: FlagKind;
  /**
   * The rule's flags in their reading order (by level, position, then id; never by the order of
   * the model's arrays), so that the whole analysis is deterministic.
   */
  check(context: AnalysisContext): Flag[];
}

type FlagFields = Omit<Flag, 'boxIds' | 'linkIds' | 'conditionIds'> &
  Partial<Pick<Flag, 'boxIds' | 'linkIds' | 'conditionIds'>>;

/** A flag with every id list present, so consumers never need to test for a missing one. */
export function flag(fields: FlagFields): Flag {
  return { boxIds: [], linkIds: [], conditionIds: [], ...fields };
}
