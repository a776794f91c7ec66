/** How the condition rules name an assumption or a risk. */
import type { Condition } from '../domain/model';
import { quoted } from './wording';

/** e.g. the assumption “Timeframes are realistic” */
export function conditionName(condition: Condition): string {
  return `the ${condition.kind} ${quoted(condition.text, '(with no text)')}`;
}
