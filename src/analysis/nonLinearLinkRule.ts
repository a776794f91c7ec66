/**
 * The common form of the three non-linear link rules. The briefing says the relationship between
 * features and outcomes "is not just linear", so such links are legitimate: they are notices at most,
 * and a link whose note says why it is there is shown as acknowledged (info) rather than as a notice.
 */
import type { LinkShape } from '../domain/linkShape';
import type { AnalysisContext } from './context';
import { NOT_JUST_LINEAR } from './passages';
import { NO_IDS, type Rule } from './rule';
import type { Flag, LinkFlagKind, Severity } from './types';
import { hasNote } from './wording';

export interface LinkWording {
  /**
   * The message: what the link does, e.g. "The link from “A” (Activities) to “B” (Reactions) jumps
   * over Engagement", followed by `ending`; source and target are box numbers in the context.
   */
  describe(context: AnalysisContext, source: number, target: number, ending: string): string;
  /** What to do about it when its note is empty. */
  askForNote: string;
}

const ACKNOWLEDGED = '; its note says why.';

export function nonLinearLinkRule(kind: LinkFlagKind, shape: LinkShape, severityWhenOpen: Severity, wording: LinkWording): Rule {
  return {
    kind,
    check(context) {
      const flags: Flag[] = [];
      const askForNote = `. ${wording.askForNote}`;
      const keyPrefix = `${kind}:`;
      for (let number = 0; number < context.links.length; number++) {
        if (context.linkShape[number] !== shape) continue;
        const link = context.links[number]!;
        const acknowledged = hasNote(link.note);
        const linkIds = [link.id];
        const ending = acknowledged ? ACKNOWLEDGED : askForNote;
        flags.push({
          key: keyPrefix + link.id,
          kind,
          severity: acknowledged ? 'info' : severityWhenOpen,
          message: wording.describe(context, context.linkSource[number]!, context.linkTarget[number]!, ending),
          passage: NOT_JUST_LINEAR,
          boxIds: NO_IDS,
          linkIds,
          conditionIds: NO_IDS,
          acknowledged,
          action: acknowledged ? { type: 'select', boxIds: NO_IDS, linkIds } : { type: 'explain-link', linkId: link.id },
        });
      }
      return flags;
    },
  };
}
