import { MODEL_FILE_VERSION } from './format';
import { describe, expect, it } from 'vitest';
import { updateBox } from '../domain/edits';
import type { Box } from '../domain/model';
import type { SavedVersion } from '../domain/versions';
import { sampleContent } from '../storage/testFixtures';
import { MAX_FILE_WITH_VERSIONS_BYTES, MAX_MODEL_FILE_BYTES } from './format';
import { MIGRATIONS } from './migrations';
import { parseModelDocument, parseModelFile } from './parse';
import { serialiseModel, toModelDocument } from './serialise';

const older = updateBox(sampleContent(), 'b1', { label: 'Budget as it was' });
(older.boxes as Box[])[0] = { ...older.boxes[0]!, rating: { progress: 'at-risk', confidence: 'low', date: '2026-06-30' } };
const VERSIONS: SavedVersion[] = [
  { info: { id: 'v1', name: 'Q1 board', savedAt: '2026-06-30T09:00:00.000Z', by: 'Asha', counts: { boxes: 3, links: 2, rated: 1 } }, content: older },
  { info: { id: 'v2', name: 'Q2 board', note: 'After the away day', savedAt: '2026-09-03T10:15:00.000Z', counts: { boxes: 3, links: 2, rated: 0 } }, content: sampleContent() },
];

function fileWith(change: (doc: any) => void): string {
  const doc = structuredClone(toModelDocument(sampleContent(), VERSIONS)) as any;
  change(doc);
  return JSON.stringify(doc);
}

function errorOf(text: string): string {
  const result = parseModelFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('model file version 3: saved versions', () => {
  it('round trip: a file with versions gives the same file back, versions and all', () => {
    const text = serialiseModel(sampleContent(), VERSIONS);
    const parsed = parseModelFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.versions).toEqual(VERSIONS);
    expect(serialiseModel(parsed.model, parsed.versions)).toBe(text);
    expect(JSON.parse(text).formatVersion).toBe(MODEL_FILE_VERSION);
  });

  it('a file without versions is valid and gives none', () => {
    const parsed = parseModelFile(serialiseModel(sampleContent()));
    expect(parsed.ok && parsed.versions).toEqual([]);
    expect(JSON.parse(serialiseModel(sampleContent()))).not.toHaveProperty('versions');
  });

  it('migration 2 → 3 drops stray "versions" and "comments" a version-2 reader ignored, and never changes its input', () => {
    const v2 = { ...toModelDocument(sampleContent()), formatVersion: 2, versions: 'ignored by version 2', comments: [1] };
    const copy = structuredClone(v2);
    const migrated = MIGRATIONS[2]!(v2);
    expect(v2).toEqual(copy);
    expect(migrated.formatVersion).toBe(3);
    expect(migrated).not.toHaveProperty('versions');
    expect(migrated).not.toHaveProperty('comments');
    const parsed = parseModelDocument(v2);
    expect(parsed.ok && parsed.versions).toEqual([]);
  });

  it('a version 1 file still reads, through both migrations', () => {
    // Version 1 knew no uid (the 3 → 4 migration drops one).
    const { uid: _uid, ...releaseOne } = sampleContent();
    const v1 = { ...toModelDocument(releaseOne), formatVersion: 1 };
    const parsed = parseModelDocument(v1);
    expect(parsed.ok && serialiseModel(parsed.model)).toBe(serialiseModel(releaseOne));
  });

  describe('hostile versions are refused, naming the version', () => {
    it.each([
      ['not a list', (doc: any) => (doc.versions = { v1: {} }), '"versions" must be a list, but it is an object.'],
      ['not an object', (doc: any) => (doc.versions[1] = 'Q2'), 'Saved version 2 must be an object, but it is text "Q2".'],
      ['no id', (doc: any) => delete doc.versions[0].id, 'Saved version 1 "Q1 board" has no "id".'],
      ['duplicate ids', (doc: any) => (doc.versions[1].id = 'v1'), 'Two saved versions have the id "v1"; every version needs its own id.'],
      ['an empty name', (doc: any) => (doc.versions[0].name = '  '), 'Saved version 1 has an empty "name".'],
      ['a bad date', (doc: any) => (doc.versions[1].savedAt = 'last Tuesday'), 'Saved version 2 "Q2 board": "savedAt" must be a date and time written like 2026-09-03T10:15:00Z, but it is text "last Tuesday".'],
      ['no content', (doc: any) => delete doc.versions[1].content, 'Saved version 2 "Q2 board" has no "content".'],
      ['a box of unknown level in its content', (doc: any) => (doc.versions[1].content.boxes[0].level = 'dreams'), /^Saved version 2 "Q2 board": Box 1 "b1" has an unknown level text "dreams"/],
      ['a link to a missing box in its content', (doc: any) => (doc.versions[0].content.links[0].target = 'b99'), 'Saved version 1 "Q1 board": Link 1 "l1" ends at box "b99", which is not in the file.'],
      ['a bad rating in its content', (doc: any) => (doc.versions[0].content.boxes[0].rating.progress = 'great'), /^Saved version 1 "Q1 board": Box 1 "b1"/],
      ['a forbidden key in its content', (doc: any) => (doc.versions[0].content.boxes[0] = JSON.parse('{"__proto__": {"x": 1}}')), /forbidden key "__proto__"/],
      ['no title in its content', (doc: any) => delete doc.versions[0].content.title, 'Saved version 1 "Q1 board": Its content has no "title".'],
    ])('%s', (_what, change, message) => {
      const error = errorOf(fileWith(change));
      if (typeof message === 'string') expect(error).toBe(message);
      else expect(error).toMatch(message);
    });

    it('more than 500 versions', () => {
      const many = Array.from({ length: 501 }, (_, i) => ({ id: `v${i}`, name: `V${i}`, savedAt: '2026-01-01T00:00:00Z', content: { title: 't', boxes: [] } }));
      expect(errorOf(fileWith((doc) => (doc.versions = many)))).toBe('The file holds 501 saved versions; a model keeps at most 500.');
    });

    it('500 versions are fine', () => {
      const many = Array.from({ length: 500 }, (_, i) => ({ id: `v${i}`, name: `V${i}`, savedAt: '2026-01-01T00:00:00Z', content: { title: 't', boxes: [] } }));
      const parsed = parseModelFile(fileWith((doc) => (doc.versions = many)));
      expect(parsed.ok && parsed.versions.length).toBe(500);
    });

    it('a file over the cap for files with versions, before parsing', () => {
      const text = fileWith((doc) => (doc.description = 'x'.repeat(MAX_FILE_WITH_VERSIONS_BYTES)));
      expect(errorOf(text)).toBe('The file is too large (40.0 MB); model files with their saved versions may be at most 40 MB.');
    });

    it('over 5 MB is allowed only for a file that really carries versions', () => {
      const big = 'x'.repeat(MAX_MODEL_FILE_BYTES);
      const withVersions = fileWith((doc) => (doc.versions[0].content.description = big));
      expect(parseModelFile(withVersions).ok).toBe(true);
      const namesThem = fileWith((doc) => {
        doc.versions = [];
        doc.description = `"versions" ${big}`;
      });
      expect(errorOf(namesThem)).toBe('The file is too large (5.0 MB); model files may be at most 5 MB.');
    });
  });
});
