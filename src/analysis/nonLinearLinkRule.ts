/**
 * The common form of the three non-linear link rules. The briefing says the relationship between
 * features and outcomes "is not just linear", so such links are legitimate: they are notices at most,
 * and a link whose note says why it is there is shown as acknowledged (info) rather than as a notice.
 */
import type { Box } from '../domain/model';
import type { LinkShape } from '../domain/linkShape';
import { NOT_JUST_LINEAR } from './passages';
import { flag, type Rule } from './rule';
import type { LinkFlagKind, Severity } from './types';
import { hasNote } from './wording';

export interface LinkWording {
  /** What the link does, e.g. "The link from “A” (Activities) to “B” (Reactions) jumps over Engagement". */
  describe(source: Box, target: Box): string;
  /** What to do about it when its note is empty. */
  askForNote: string;
}

export function nonLinearLinkRule(kind: LinkFlagKind, shape: LinkShape, severityWhenOpen: Severity, wording: LinkWording): Rule {
  return {
    kind,
    check(context) {
      const flags = [];
      for (const resolved of context.links) {
        if (resolved.shape !== shape) continue;
        const { link } = resolved;
        const acknowledged = hasNote(link.note);
        const description = wording.describe(context.boxes[resolved.source]!, context.boxes[resolved.target]!);
        flags.push(
          flag({
            key: `${kind}:${link.id}`,
            kind,
            severity: acknowledged ? 'info' : severityWhenOpen,
            message: acknowledged ? `${description}; its note says why.` : `${description}. ${wording.askForNote}`,
            passage: NOT_JUST_LINEAR,
            linkIds: [link.id],
            acknowledged,
            action: acknowledged
              ? { type: 'select', boxIds: [], linkIds: [link.id] }
              : { type: 'explain-link', linkId: link.id },
          }),
        );
      }
      return flags;
    },
  };
}
