/**
 * The checks every part of a model file is read with. A problem is thrown as a FileProblem whose
 * message names the place (which box, which field) and what was found there; parse.ts turns it
 * into the one message the user sees.
 */
export class FileProblem extends Error {}

/** What a value is, in words for a message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function requireText(record: Record<string, unknown>, field: string, where: string): string {
  const value = record[field];
  if (value === undefined) throw new FileProblem(`${where} has no "${field}".`);
  if (typeof value !== 'string') throw new FileProblem(`${where}: "${field}" must be text, but it is ${describe(value)}.`);
  return value;
}

export function optionalText(record: Record<string, unknown>, field: string, where: string): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new FileProblem(`${where}: "${field}" must be text, but it is ${describe(value)}.`);
  return value === '' ? undefined : value;
}

export function optionalNumber(record: Record<string, unknown>, field: string, where: string): number | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new FileProblem(`${where}: "${field}" must be a number, but it is ${describe(value)}.`);
  return value;
}

export function withOptional<T extends object>(base: T, extras: Record<string, string | undefined>): T {
  const out = { ...base } as Record<string, unknown>;
  // for…in rather than Object.entries: a large file reads tens of thousands of these, each a pair array less.
  for (const key in extras) {
    const value = extras[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}
