import { levelName } from '../../domain/levels';
import { nonLinearLinkRule } from '../nonLinearLinkRule';
import { boxName } from '../wording';

/** A link between two boxes of the same level: worth knowing, rarely a problem, so info. */
export const sameLevelLink = nonLinearLinkRule('same-level-link', 'same-level', 'info', {
  describe: (source, target) =>
    `The link from ${boxName(source)} to ${boxName(target)} stays within the ${levelName(source.level)} level`,
  askForNote: 'Add a note to the link if one leads to the other.',
});
