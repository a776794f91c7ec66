import type { ModelContent } from '../domain/model';
import { buildContext } from './context';
import { RULES } from './registry';
import { SEVERITIES, type Flag, type Severity } from './types';

/**
 * Everything worth pointing out about a model, as flags. Order: by severity (gaps, notices, info);
 * within a severity, by rule in registry order; within a rule, in the rule's reading order (see
 * Rule.check). Nothing depends on the order of the model's boxes, so the same model always gives
 * the same list.
 */
export function analyse(model: ModelContent): readonly Flag[] {
  const context = buildContext(model);
  const bySeverity = new Map<Severity, Flag[]>(SEVERITIES.map((severity) => [severity, []]));
  // Grouping rather than sorting keeps the order within each severity and the cost linear.
  for (const rule of RULES) for (const flag of rule.check(context)) bySeverity.get(flag.severity)!.push(flag);
  return SEVERITIES.flatMap((severity) => bySeverity.get(severity)!);
}

const analysed = new WeakMap<ModelContent, readonly Flag[]>();

/**
 * `analyse`, remembered per model object: the store replaces the model on every change and never
 * mutates it, so the flags panel and the canvas badges share one analysis of each version.
 */
export function analyseMemo(model: ModelContent): readonly Flag[] {
  let flags = analysed.get(model);
  if (!flags) {
    flags = analyse(model);
    analysed.set(model, flags);
  }
  return flags;
}
