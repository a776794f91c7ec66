/**
 * Numbered migrations of the model file (PRODUCT.md §7): MIGRATIONS[n] takes a version-n file object
 * to version n + 1. Each is a pure function that never changes its input, so a caller still holds
 * the original if the migrated copy fails its checks. They run before any validation: a migration
 * moves shapes, and parse.ts then checks the result as a file of the newest version.
 */
import { MODEL_FILE_VERSION } from './format';

type FileObject = Readonly<Record<string, unknown>>;
type Migration = (doc: FileObject) => Record<string, unknown>;

/** Fields a version-1 box never had: a version-1 reader ignored them, so version 2 must not read them. */
const FIELDS_NEW_IN_VERSION_2 = ['indicators', 'evidence', 'rating'];

function withoutVersion2Fields(box: unknown): unknown {
  if (box === null || typeof box !== 'object' || Array.isArray(box)) return box;
  if (!FIELDS_NEW_IN_VERSION_2.some((field) => field in box)) return box;
  const copy: Record<string, unknown> = { ...(box as Record<string, unknown>) };
  for (const field of FIELDS_NEW_IN_VERSION_2) delete copy[field];
  return copy;
}

/** Top-level fields a version-2 file never had: a version-2 reader ignored them, so version 3 must not read them. */
const FIELDS_NEW_IN_VERSION_3 = ['versions', 'comments'];

/**
 * Fields a version-3 file never had: an indicator's measure (§17), and a model's and a box's links
 * to other models and national outcomes (§18). A version-3 reader ignored them, so version 4 must not
 * read them; they are dropped from saved versions' content too, which a version-3 reader also read.
 */
const INDICATOR_FIELDS_NEW_IN_VERSION_4 = ['unit', 'polarity', 'frequency', 'tolerance', 'values'];
const BOX_FIELDS_NEW_IN_VERSION_4 = ['opens', 'contributesTo'];
const TOP_FIELDS_NEW_IN_VERSION_4 = ['uid'];

function without(record: unknown, fields: readonly string[], change?: (copy: Record<string, unknown>) => boolean): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  let changed = change ? change(copy) : false;
  for (const field of fields) {
    if (field in copy) {
      delete copy[field];
      changed = true;
    }
  }
  return changed ? copy : record;
}

function mapList(copy: Record<string, unknown>, field: string, each: (item: unknown) => unknown): boolean {
  const list = copy[field];
  if (!Array.isArray(list)) return false;
  const mapped = list.map(each);
  if (mapped.every((item, index) => item === list[index])) return false;
  copy[field] = mapped;
  return true;
}

const contentWithoutVersion4Fields = (content: unknown): unknown =>
  without(content, TOP_FIELDS_NEW_IN_VERSION_4, (copy) =>
    mapList(copy, 'boxes', (box) =>
      without(box, BOX_FIELDS_NEW_IN_VERSION_4, (boxCopy) => mapList(boxCopy, 'indicators', (indicator) => without(indicator, INDICATOR_FIELDS_NEW_IN_VERSION_4))),
    ),
  );

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 adds each box's indicators, evidence and rating, all optional: a version-1 file's
  // content means the same in version 2, once stray fields of those names are dropped.
  1: (doc) => ({
    ...doc,
    formatVersion: 2,
    ...(Array.isArray(doc.boxes) ? { boxes: doc.boxes.map(withoutVersion2Fields) } : {}),
  }),
  // Version 3 adds the optional top-level `versions` (saved versions, PRODUCT.md §12) and
  // `comments` (§13): a version-2 file's content means the same, once stray fields of those names go.
  2: (doc) => {
    const copy: Record<string, unknown> = { ...doc, formatVersion: 3 };
    for (const field of FIELDS_NEW_IN_VERSION_3) delete copy[field];
    return copy;
  },
  // Version 4 adds measures (unit, polarity, frequency, tolerance, values on an indicator) and links
  // between models (uid, opens, contributesTo), all optional: a version-3 file means the same once
  // stray fields of those names are dropped, in the model and in its saved versions.
  3: (doc) => {
    const copy = contentWithoutVersion4Fields(doc) as Record<string, unknown>;
    const out: Record<string, unknown> = { ...copy, formatVersion: 4 };
    mapList(out, 'versions', (version) =>
      without(version, [], (versionCopy) => {
        const content = contentWithoutVersion4Fields(versionCopy.content);
        if (content === versionCopy.content) return false;
        versionCopy.content = content;
        return true;
      }),
    );
    return out;
  },
};

/** Whether parse.ts can read a file of this version, after migrating it. */
export function isReadableVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= MODEL_FILE_VERSION;
}

/**
 * A file object of a readable version, brought to the newest version; the very same object when it
 * is already there. The caller checks the version first (isReadableVersion).
 */
export function migrateToCurrent(doc: FileObject): FileObject {
  let current = doc;
  for (let version = doc.formatVersion as number; version < MODEL_FILE_VERSION; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`No migration from model file version ${version}`);
    current = migration(current);
  }
  return current;
}
