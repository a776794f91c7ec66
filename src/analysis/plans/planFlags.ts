/**
 * The plan's flags (PRODUCT.md §18): a plan outcome that nothing contributes to, and a child's final
 * outcome that contributes to nothing. A child is a model another model of the plan opens, or one
 * whose outcomes contribute to another model of the plan (a locality to the LOIP); the others are
 * the plan's own models, whose final outcomes are the plan outcomes. A plan of models side by side,
 * none a child, has no plan outcomes to serve, so it is not flagged.
 */
import { isModelContribution } from '../../domain/modelLinks';
import type { ModelDigest } from './digest';

export type PlanFlagKind = 'plan-outcome-unserved' | 'child-outcome-serves-nothing';

export interface PlanFlag {
  readonly kind: PlanFlagKind;
  /** The uid of the model the outcome is in. */
  readonly model: string;
  readonly box: string;
  readonly message: string;
}

export function planFlags(digests: readonly ModelDigest[]): PlanFlag[] {
  const inPlan = new Set<string>();
  for (const digest of digests) if (digest.uid) inPlan.add(digest.uid);
  const children = new Set<string>();
  for (const digest of digests) for (const opening of digest.opens) if (inPlan.has(opening.model) && opening.model !== digest.uid) children.add(opening.model);
  const served = new Set<string>();
  for (const digest of digests) {
    for (const outcome of digest.finalOutcomes) {
      for (const contribution of outcome.contributesTo ?? []) {
        if (!isModelContribution(contribution)) continue;
        served.add(`${contribution.model}\u0000${contribution.box}`);
        if (digest.uid && inPlan.has(contribution.model) && contribution.model !== digest.uid) children.add(digest.uid);
      }
    }
  }
  const flags: PlanFlag[] = [];
  for (const digest of digests) {
    if (!digest.uid) continue;
    const title = digest.title || 'An untitled model';
    const isChild = children.has(digest.uid);
    for (const outcome of digest.finalOutcomes) {
      if (isChild) {
        if (!outcome.contributesTo?.length) {
          flags.push({ kind: 'child-outcome-serves-nothing', model: digest.uid, box: outcome.id, message: `${title}: the final outcome ‘${outcome.label}’ contributes to nothing in the plan or nationally.` });
        }
      } else if (!served.has(`${digest.uid}\u0000${outcome.id}`) && children.size) {
        flags.push({ kind: 'plan-outcome-unserved', model: digest.uid, box: outcome.id, message: `${title}: nothing contributes to the plan outcome ‘${outcome.label}’.` });
      }
    }
  }
  return flags;
}
