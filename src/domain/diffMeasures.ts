/**
 * The figures of a measure in a diff (PRODUCT.md §17): matched by period within each indicator on
 * both sides, and said as added, removed or changed, in time order per measure.
 */
import type { Box, Indicator, MeasuredValue } from './model';
import type { ValueField } from './changes';
import { comparePeriods } from './periods';
import { about, byId, NO_ITEMS, sameIds, sameText, type ChangeList } from './changeList';

function valueFieldsChanged(before: MeasuredValue, after: MeasuredValue): ValueField[] {
  const fields: ValueField[] = [];
  if (before.actual !== after.actual) fields.push('actual');
  if (before.target !== after.target) fields.push('target');
  if (before.status !== after.status) fields.push('status');
  if (!sameText(before.note, after.note)) fields.push('note');
  return fields;
}

/**
 * The figures of the indicators on both sides, matched by period. Figures come in time order on
 * both sides, so one walk through both lists finds what was added, removed and changed.
 */
export function diffValues(earlier: readonly Indicator[] | undefined, later: readonly Indicator[] | undefined, box: Box, changes: ChangeList): void {
  if (!earlier || !later || earlier === later) return;
  const earlierById = sameIds(earlier, later) ? undefined : byId(earlier);
  for (let i = 0; i < later.length; i++) {
    const after = later[i]!;
    const before = earlierById ? earlierById.get(after.id) : earlier[i];
    if (!before || before.values === after.values) continue;
    let position = 0;
    const add = (kind: 'value-added' | 'value-removed', value: MeasuredValue) =>
      changes.addForMeasure({ kind, group: 'measures', ...about(box), indicator: after, value }, after, position++);
    const was = before.values ?? NO_ITEMS;
    const now = after.values ?? NO_ITEMS;
    let a = 0;
    let b = 0;
    while (a < was.length || b < now.length) {
      const old = was[a];
      const fresh = now[b];
      const order = old && fresh ? comparePeriods(old.period, fresh.period, after.frequency) : old ? -1 : 1;
      if (order < 0) {
        add('value-removed', old!);
        a++;
      } else if (order > 0) {
        add('value-added', fresh!);
        b++;
      } else {
        const fields = old === fresh ? [] : valueFieldsChanged(old!, fresh!);
        if (fields.length) {
          changes.addForMeasure({ kind: 'value-changed', group: 'measures', ...about(box), indicator: after, period: fresh!.period, before: old!, after: fresh!, fields }, after, position++);
        }
        a++;
        b++;
      }
    }
  }
}
