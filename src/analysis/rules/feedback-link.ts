import { nonLinearLinkRule } from '../nonLinearLinkRule';

/**
 * A link back to an earlier level: the briefing's own example is a change in practice feeding back
 * into activities, engagement, reactions and knowledge.
 */
export const feedbackLink = nonLinearLinkRule('feedback-link', 'feedback', 'notice', {
  describe: (context, source, target, ending) =>
    `The link from ${context.nameWithLevelOf(source)} runs back to ${context.nameWithLevelOf(target)}, an earlier level${ending}`,
  askForNote: 'That can be right, as the briefing says the relationship is “not just linear”. Add a note to the link saying how one feeds back into the other.',
});
