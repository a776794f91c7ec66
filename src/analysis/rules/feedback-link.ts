import { nonLinearLinkRule } from '../nonLinearLinkRule';
import { boxWithLevel } from '../wording';

/**
 * A link back to an earlier level: the briefing's own example is a change in practice feeding back
 * into activities, engagement, reactions and knowledge.
 */
export const feedbackLink = nonLinearLinkRule('feedback-link', 'feedback', 'notice', {
  describe: (source, target) => `The link from ${boxWithLevel(source)} runs back to ${boxWithLevel(target)}, an earlier level`,
  askForNote: 'That can be right, as the briefing says the relationship is “not just linear”. Add a note to the link saying how one feeds back into the other.',
});
