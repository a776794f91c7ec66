import { LEVELS } from '../../domain/levels';
import { EVERY_POINT_IN_THE_JOURNEY } from '../passages';
import { NO_IDS, type Rule } from '../rule';
import type { Flag } from '../types';

/** A level (lane) with no box in it. */
export const emptyLevel: Rule = {
  kind: 'empty-level',
  check(context) {
    return LEVELS.filter((_, position) => context.boxesPerLevel[position] === 0).map(
      (level): Flag => ({
        key: `empty-level:${level.id}`,
        kind: 'empty-level',
        severity: 'gap',
        message: `The ${level.name} level has no boxes yet: nothing in the model answers “${level.question}”.`,
        passage: EVERY_POINT_IN_THE_JOURNEY,
        boxIds: NO_IDS,
        linkIds: NO_IDS,
        conditionIds: NO_IDS,
        levelId: level.id,
        action: { type: 'add-box', level: level.id },
      }),
    );
  },
};
