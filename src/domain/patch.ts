/**
 * How the pure edits change one item: optional text fields left out when empty, and the same object
 * back when a patch changes nothing, so that callers can tell a no-op from a change.
 */
/** Optional text fields are left out when empty, so that a model and its file compare exactly. */
export function withOptionalText<T extends object>(target: T, key: keyof T & string, value: string | undefined): T {
  const copy = { ...target } as Record<string, unknown>;
  if (value === undefined || value === '') delete copy[key];
  else copy[key] = value;
  return copy as T;
}

export function applyTextPatch<T extends object>(target: T, patch: Record<string, string | undefined>, required: readonly string[]): T {
  let result = target;
  for (const [key, value] of Object.entries(patch)) {
    // undefined means "not given"; an empty string clears an optional field.
    if (value === undefined) continue;
    if (required.includes(key)) result = { ...result, [key]: value };
    else result = withOptionalText(result, key as keyof T & string, value);
  }
  return result;
}

export function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

export function replaceById<T extends { id: string }>(items: readonly T[], id: string, update: (item: T) => T): readonly T[] {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const updated = update(item);
    if (updated !== item && !sameFields(updated, item)) {
      changed = true;
      return updated;
    }
    return item;
  });
  return changed ? next : items;
}
