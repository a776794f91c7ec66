import { describe, expect, it } from 'vitest';
import { MODEL_FILE_VERSION } from './format';
import { isReadableVersion, migrateToCurrent, MIGRATIONS } from './migrations';
import { parseModelDocument } from './parse';
import { toModelDocument } from './serialise';

/** A version-1 file as release 1 exported it, with a stray field that version 1 ignored. */
function versionOneFile(): Record<string, unknown> {
  return {
    format: 'outcome-chains/logic-model',
    formatVersion: 1,
    title: 'Reducing reoffending',
    boxes: [
      { id: 'b1', level: 'inputs', label: 'Pooled budget', owner: 'Council', x: 20, y: 110 },
      { id: 'b2', level: 'outcomes', label: 'Less reoffending', x: 1580, y: 110, indicators: 'ignored by version 1', rating: 7 },
    ],
    links: [{ id: 'l1', source: 'b1', target: 'b2', note: 'Why' }],
    conditions: [{ id: 'a1', kind: 'assumption', text: 'This is a partnership', status: 'holds' }],
  };
}

describe('migration 1 → 2', () => {
  it('raises the version, drops the fields version 1 never read, and keeps everything else', () => {
    const before = versionOneFile();
    const after = MIGRATIONS[1]!(before);
    expect(after.formatVersion).toBe(2);
    expect(after.boxes).toEqual([
      { id: 'b1', level: 'inputs', label: 'Pooled budget', owner: 'Council', x: 20, y: 110 },
      { id: 'b2', level: 'outcomes', label: 'Less reoffending', x: 1580, y: 110 },
    ]);
    expect({ ...after, boxes: null, formatVersion: null }).toEqual({ ...before, boxes: null, formatVersion: null });
  });

  it('never changes its input', () => {
    const before = versionOneFile();
    const copy = structuredClone(before);
    MIGRATIONS[1]!(before);
    expect(before).toEqual(copy);
  });

  it('leaves a file whose boxes are not a list for the checks to refuse', () => {
    const after = MIGRATIONS[1]!({ ...versionOneFile(), boxes: 'none' });
    expect(after.boxes).toBe('none');
    expect(parseModelDocument(after)).toEqual({ ok: false, error: '"boxes" must be a list, but it is text "none".' });
  });
});

describe('migrateToCurrent', () => {
  it('brings a version-1 file to the newest version and returns a newest-version file as it is', () => {
    const migrated = migrateToCurrent(versionOneFile());
    expect(migrated.formatVersion).toBe(MODEL_FILE_VERSION);
    expect(migrateToCurrent(migrated)).toBe(migrated);
  });

  it('a version-1 file imports to the same model as before, and exports as the newest version', () => {
    const parsed = parseModelDocument(versionOneFile());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.model.boxes[1]).toEqual({ id: 'b2', level: 'outcomes', label: 'Less reoffending', x: 1580, y: 110 });
    const exported = toModelDocument(parsed.model);
    expect(exported.formatVersion).toBe(MODEL_FILE_VERSION);
    const { formatVersion: _v1, ...restBefore } = migrateToCurrent(versionOneFile());
    const { formatVersion: _v2, ...restAfter } = exported;
    expect(restAfter).toEqual(restBefore);
  });

  it('knows which versions it can read', () => {
    expect([0, 1, 2, 3, 4, 5, 1.5, '1', undefined].map(isReadableVersion)).toEqual([false, true, true, true, true, false, false, false, false]);
  });
});
