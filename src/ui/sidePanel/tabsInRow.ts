/** The widths the row was measured at, in CSS pixels: each tab's, the More button's, and the room the row has. */
export interface RowMeasure<Id extends string> {
  readonly tabs: Readonly<Record<Id, number>>;
  readonly more: number;
  readonly room: number;
}

export interface RowPlan<Id extends string> {
  /** Tabs shown in the row, in the row's order. */
  readonly inRow: readonly Id[];
  /** Tabs reached through the More menu, in the row's order; empty when every tab fits. */
  readonly inMenu: readonly Id[];
}

/**
 * Which tabs stand in one row and which go under More. Every tab fits when it can; otherwise the
 * chosen tab always stands in the row (a person sees what is open), then the most used, in order of
 * use, while they fit beside the More button. The tabs keep their places: the row and the menu are
 * both in the row's own order. Before the row is measured (or while it is folded away) every tab stands.
 */
export function tabsInRow<Id extends string>(order: readonly Id[], byUse: readonly Id[], chosen: Id, measure: RowMeasure<Id> | undefined): RowPlan<Id> {
  if (!measure || measure.room <= 0) return { inRow: order, inMenu: [] };
  const all = order.reduce((sum, id) => sum + measure.tabs[id], 0);
  if (all <= measure.room) return { inRow: order, inMenu: [] };
  const shown = new Set<Id>([chosen]);
  let left = measure.room - measure.more - measure.tabs[chosen];
  for (const id of byUse) {
    if (shown.has(id)) continue;
    if (measure.tabs[id] > left) break;
    shown.add(id);
    left -= measure.tabs[id];
  }
  return { inRow: order.filter((id) => shown.has(id)), inMenu: order.filter((id) => !shown.has(id)) };
}
