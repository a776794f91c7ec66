/**
 * Saved versions of a model (PRODUCT.md §12): a named, dated, signed full copy of its content, taken
 * each reporting period so that a board can see what changed and which way each step is moving.
 * A version never changes once saved, except its name and note.
 */
import type { ModelContent } from './model';

/** What a version list shows without opening the version's content. */
export interface VersionInfo {
  readonly id: string;
  readonly name: string;
  readonly note?: string;
  /** When it was saved, as an ISO date-time (UTC). */
  readonly savedAt: string;
  /** Who saved it (the name this browser remembers). */
  readonly by?: string;
  readonly counts: VersionCounts;
}

export interface VersionCounts {
  readonly boxes: number;
  readonly links: number;
  /** Boxes with a progress rating. */
  readonly rated: number;
}

/** A version with its content, as a model file carries it. */
export interface SavedVersion {
  readonly info: VersionInfo;
  readonly content: ModelContent;
}

/** A model keeps at most this many versions: a hostile file or a runaway script cannot grow it for ever. */
export const MAX_VERSIONS = 500;

export function countsOf(content: ModelContent): VersionCounts {
  let rated = 0;
  for (const box of content.boxes) if (box.rating) rated++;
  return { boxes: content.boxes.length, links: content.links.length, rated };
}

/** Newest first; versions saved in the same millisecond (two partners at once) by id, so every copy agrees. */
export function newestVersionFirst(a: VersionInfo, b: VersionInfo): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True for an ISO date-time as Date#toISOString writes it (what `savedAt` holds). */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) && Number.isFinite(Date.parse(value));
}
