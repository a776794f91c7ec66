import { levelIndex, type LevelId } from '../../domain/levels';
import { nonLinearLinkRule } from '../nonLinearLinkRule';
import { boxWithLevel, levelNameAt, listInWords } from '../wording';

function levelsBetween(from: LevelId, to: LevelId): string[] {
  const names = [];
  for (let level = levelIndex(from) + 1; level < levelIndex(to); level++) names.push(levelNameAt(level));
  return names;
}

/** A link that jumps forward over one or more levels. */
export const skipLink = nonLinearLinkRule('skip-link', 'skip', 'notice', {
  describe: (source, target) =>
    `The link from ${boxWithLevel(source)} to ${boxWithLevel(target)} jumps over ${listInWords(levelsBetween(source.level, target.level))}`,
  askForNote: 'Add a note to the link saying how one leads to the other without the steps in between.',
});
