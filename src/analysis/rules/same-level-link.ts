import { levelName } from '../../domain/levels';
import { nonLinearLinkRule } from '../nonLinearLinkRule';

/** A link between two boxes of the same level: worth knowing, rarely a problem, so info. */
export const sameLevelLink = nonLinearLinkRule('same-level-link', 'same-level', 'info', {
  describe: (context, source, target, ending) =>
    `The link from ${context.nameOf(source)} to ${context.nameOf(target)} stays within the ${levelName(context.boxes[source]!.level)} level${ending}`,
  askForNote: 'Add a note to the link if one leads to the other.',
});
