import type { ModelContent } from '../domain/model';
import { buildContext } from './context';
import { RULES } from './registry';
import { SEVERITIES, type Flag, type PreviousVersion } from './types';

/**
 * Everything worth pointing out about a model, as flags. Order: by severity (gaps, notices, info);
 * within a severity, by rule in registry order; within a rule, in the rule's reading order (see
 * Rule.check). Nothing depends on the order of the model's boxes or links, so the same model and day
 * always give the same list.
 *
 * `today` (YYYY-MM-DD) is what evidence is judged old against: passed in, never read from the clock, so
 * the analysis stays a pure function. Without it, no evidence is judged old (no evidence-stale flags).
 *
 * `previous` is the saved version the direction of travel is judged against (the latest): without
 * one, no rating is judged to have improved (no rating-improved-without-evidence flags).
 */
export function analyse(model: ModelContent, today?: string, previous?: PreviousVersion): readonly Flag[] {
  const context = buildContext(model, today, previous);
  const byRule = RULES.map((rule) => rule.check(context));
  const total = byRule.reduce((sum, flags) => sum + flags.length, 0);
  // One pass per severity rather than a sort: keeps each rule's order, and the cost linear.
  const ordered = new Array<Flag>(total);
  let filled = 0;
  for (const severity of SEVERITIES) {
    for (const flags of byRule) {
      for (let i = 0; i < flags.length; i++) if (flags[i]!.severity === severity) ordered[filled++] = flags[i]!;
    }
  }
  return ordered;
}

interface Remembered {
  readonly links: ModelContent['links'];
  readonly conditions: ModelContent['conditions'];
  readonly today: string;
  readonly previous: PreviousVersion | undefined;
  readonly flags: readonly Flag[];
}

/** Keyed by the boxes array: the rules read only the boxes, links and conditions (never the title or description). */
const analysed = new WeakMap<ModelContent['boxes'], Remembered>();

/**
 * `analyse`, remembered per model: the store replaces the model on every change and never mutates
 * it, so the flags panel, the canvas badges and the save share one analysis of each version. A model
 * whose boxes, links and conditions are the same objects as last time (the title or description
 * typed) is not analysed again. Analysed again when `today` differs from last time: the date rolls
 * over while the tab stays open. `today` is required here, unlike `analyse`: the editor always judges
 * evidence by age. Analysed again, too, when `previous` is another object (a version saved, or
 * another chosen): versions never change, so the same object is the same version.
 */
export function analyseMemo(model: ModelContent, today: string, previous?: PreviousVersion): readonly Flag[] {
  const remembered = analysed.get(model.boxes);
  if (remembered && remembered.links === model.links && remembered.conditions === model.conditions && remembered.today === today && remembered.previous === previous) return remembered.flags;
  const flags = analyse(model, today, previous);
  analysed.set(model.boxes, { links: model.links, conditions: model.conditions, today, previous, flags });
  return flags;
}
