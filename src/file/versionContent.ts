/**
 * A saved version's content as stored inside the model's document: the model file's content (the
 * same JSON a file's `versions[].content` holds), gzipped. A version is a full copy, not a Yjs
 * snapshot (PRODUCT.md §12), and it never changes once made, so it is one immutable value.
 */
import type { ModelContent } from '../domain/model';
import { MAX_FILE_WITH_VERSIONS_BYTES, MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from './format';
import { gunzip, gzip, TooLargeError } from './gzip';
import { parseModelDocument } from './parse';
import { toContentDocument } from './serialise';

export interface EncodedContent {
  readonly bytes: Uint8Array;
  /** The model file version the content was written in: read back through its migrations. */
  readonly formatVersion: number;
}

export type DecodedContent = { readonly ok: true; readonly content: ModelContent } | { readonly ok: false; readonly error: string };

/** The JSON a version's content is stored as: what a model file's `versions[].content` holds. */
export function versionContentJson(content: ModelContent): string {
  return JSON.stringify(toContentDocument(content));
}

export async function encodeVersionContent(content: ModelContent | string): Promise<EncodedContent> {
  const json = typeof content === 'string' ? content : versionContentJson(content);
  return { bytes: await gzip(new TextEncoder().encode(json)), formatVersion: MODEL_FILE_VERSION };
}

/** The stored JSON text back, unparsed (what a read-back compares with what was written). Never throws. */
export async function readVersionContentJson(encoded: EncodedContent): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(encoded.bytes, MAX_FILE_WITH_VERSIONS_BYTES)) };
  } catch (error) {
    return { ok: false, error: error instanceof TooLargeError ? 'its stored copy is too large to open.' : 'its stored copy is damaged.' };
  }
}

/**
 * The content back, through the one parse path a model file takes: a copy from a partner's (older,
 * newer or tampered) app is checked like any file. Never throws.
 */
export async function decodeVersionContent(encoded: EncodedContent): Promise<DecodedContent> {
  const read = await readVersionContentJson(encoded);
  if (!read.ok) return read;
  const text = read.text;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'its stored copy is damaged.' };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, error: 'its stored copy is damaged.' };
  const parsed = parseModelDocument({ ...doc, format: MODEL_FILE_FORMAT, formatVersion: encoded.formatVersion, versions: undefined });
  return parsed.ok ? { ok: true, content: parsed.model } : { ok: false, error: parsed.error };
}
