import { LEVEL_IDS } from '../../domain/levels';
import { nonLinearLinkRule } from '../nonLinearLinkRule';
import { levelNameAt, listInWords } from '../wording';

/** "Engagement and Reactions" for a link from level 1 to level 4; worked out once per pair of levels. */
const LEVELS_BETWEEN: readonly (readonly string[])[] = LEVEL_IDS.map((_, from) =>
  LEVEL_IDS.map((_, to) => {
    const names = [];
    for (let level = from + 1; level < to; level++) names.push(levelNameAt(level));
    return listInWords(names);
  }),
);

/** A link that jumps forward over one or more levels. */
export const skipLink = nonLinearLinkRule('skip-link', 'skip', 'notice', {
  describe: (context, source, target, ending) =>
    `The link from ${context.nameWithLevelOf(source)} to ${context.nameWithLevelOf(target)} jumps over ${LEVELS_BETWEEN[context.boxLevel[source]!]![context.boxLevel[target]!]!}${ending}`,
  askForNote: 'Add a note to the link saying how one leads to the other without the steps in between.',
});
