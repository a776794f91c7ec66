/** What a rule is. */
import type { AnalysisContext } from './context';
import type { Box } from '../domain/model';
import type { BriefingPassage, Flag, FlagAction, FlagKind, Severity } from './types';

export interface Rule {
  readonly kind: FlagKind;
  /**
   * The rule's flags in their reading order (by level, position, then id; never by the order of
   * the model's arrays), so that the whole analysis is deterministic. Every flag lists boxIds,
   * linkIds and conditionIds, empty or not, so consumers never test for a missing list.
   */
  check(context: AnalysisContext): Flag[];
}

// One shared empty list: a large model has thousands of flags, most concerning one kind of id.
export const NO_IDS: readonly string[] = Object.freeze([]);

/** A flag about one box, which choosing the flag selects; its action selects it too unless the rule has a remedy. */
export function boxFlag(
  kind: FlagKind,
  severity: Severity,
  box: Box,
  message: string,
  passage: BriefingPassage,
  action?: FlagAction,
): Flag {
  const boxIds = [box.id];
  return {
    key: `${kind}:${box.id}`,
    kind,
    severity,
    message,
    passage,
    boxIds,
    linkIds: NO_IDS,
    conditionIds: NO_IDS,
    levelId: box.level,
    action: action ?? { type: 'select', boxIds, linkIds: NO_IDS },
  };
}
