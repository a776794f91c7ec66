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

/**
 * A rule's flag for a box, made once per box object and then remembered: for flags whose every word
 * comes from the box alone. Boxes are immutable and an edit replaces only the boxes it changes, so
 * the analysis after an edit makes flags only for those; a large model's thousands of such flags are
 * otherwise garbage made again on every keystroke.
 */
export function rememberedPerBox(make: (context: AnalysisContext, box: number) => Flag): (context: AnalysisContext, box: number) => Flag {
  const remembered = new WeakMap<Box, Flag>();
  return (context, number) => {
    const box = context.boxes[number]!;
    let flag = remembered.get(box);
    if (flag === undefined) {
      flag = make(context, number);
      remembered.set(box, flag);
    }
    return flag;
  };
}
