/**
 * Order in the document: each item carries a number, and a list reads in ascending order (ties by
 * id, so every copy agrees). New items get a number between their neighbours; when the list was
 * reordered, or the numbers between two neighbours run out, the whole list is numbered afresh.
 */

export interface OrderedList {
  /** The ids in their new order. */
  readonly ids: readonly string[];
  /** The order an item already has in the document, or undefined for a new item. */
  orderOf(id: string): number | undefined;
  setOrder(id: string, order: number): void;
}

function renumber(list: OrderedList): void {
  list.ids.forEach((id, index) => {
    if (list.orderOf(id) !== index) list.setOrder(id, index);
  });
}

/** Gives new items their place and keeps the existing items' numbers when their order still holds. */
export function placeInOrder(list: OrderedList): void {
  const orders = list.ids.map((id) => list.orderOf(id));
  let previous = -Infinity;
  for (const order of orders) {
    if (order === undefined) continue;
    if (!(order > previous)) return renumber(list);
    previous = order;
  }
  let index = 0;
  while (index < orders.length) {
    if (orders[index] !== undefined) {
      index++;
      continue;
    }
    const start = index;
    while (index < orders.length && orders[index] === undefined) index++;
    const count = index - start;
    const low = start > 0 ? (orders[start - 1] as number) : undefined;
    const high = index < orders.length ? (orders[index] as number) : undefined;
    for (let k = 1; k <= count; k++) {
      const order =
        low === undefined && high === undefined ? start + k - 1
        : low === undefined ? (high as number) - (count - k + 1)
        : high === undefined ? low + k
        : low + ((high - low) * k) / (count + 1);
      // Numbers this close no longer tell neighbours apart: start the list's numbering again.
      if (!(order > (k === 1 ? (low ?? -Infinity) : (orders[start + k - 2] as number))) || (high !== undefined && !(order < high))) return renumber(list);
      orders[start + k - 1] = order;
    }
  }
  list.ids.forEach((id, position) => {
    if (list.orderOf(id) === undefined) list.setOrder(id, orders[position] as number);
  });
}

/** Compares two items by their order, then by id. */
export function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
