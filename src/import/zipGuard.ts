/**
 * Checks an .xlsx (a zip) before anything inflates it: a zip bomb — a small file that unpacks to
 * gigabytes — must get a message, not a frozen tab. The central directory's declared sizes are
 * checked against a total and a ratio, and then each entry is inflated in small steps, discarding
 * the output, so an entry that unpacks to more than it declared is caught after at most one step.
 */
import { Inflate } from 'fflate';
import { SPREADSHEET_LIMITS } from '../spreadsheet/table';

export type ZipCheck = { ok: true; names: readonly string[] } | { ok: false; error: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Workbook XML packs about 5–20 to 1; far beyond this, on a sizeable entry, is a bomb. */
const MAX_RATIO = 500;
const RATIO_CHECKED_FROM = 1024 * 1024;
const MAX_ENTRIES = 10_000;
/** Compressed bytes inflated per step: deflate's 1032:1 at most times this is ever held at once. */
const STEP = 64 * 1024;
/** How much of each entry's start `inspect` is shown. */
const HEAD_BYTES = 64 * 1024;

/**
 * Shown the start of each entry as it is checked — worksheets last — and may stop the check with a
 * message: so a sheet that declares a million rows is refused without unpacking it. Or it may answer
 * a Watch, to be shown the whole entry as it unpacks (its head again first).
 */
export type Inspect = (name: string, head: Uint8Array) => string | undefined | Watch;

/** Shown an entry's bytes in order as they unpack, and may stop the check with a message. */
export type Watch = (chunk: Uint8Array) => string | undefined;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-GB')} MB`;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function bombMessage(detail: string): string {
  return `This workbook looks like a zip bomb (${detail}), so it was not opened. A workbook may unpack to at most ${megabytes(SPREADSHEET_LIMITS.unpackedBytes)}.`;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

function readDirectory(bytes: Uint8Array): Entry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'the file is cut short or damaged: its zip directory is missing';
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return 'it uses the ZIP64 extension, which workbooks of this size never need';
  if (count > MAX_ENTRIES) return `it holds ${count.toLocaleString('en-GB')} files`;
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return 'the file is damaged: its zip directory does not read';
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) return 'password';
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Inflates one entry step by step: false once it passes the size it declared, or `inspect`'s
 * message once the head has been seen (true when all is well).
 */
function inflatesWithin(bytes: Uint8Array, entry: Entry, inspect: Inspect): boolean | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL_HEADER) throw new Error('damaged');
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) {
    if (data.length > entry.size) return false;
    const seen = inspect(entry.name, data.subarray(0, HEAD_BYTES));
    return (typeof seen === 'function' ? seen(data) : seen) ?? true;
  }
  let produced = 0;
  let over = false;
  let stop: string | undefined;
  let watch: Watch | undefined;
  let head: Uint8Array | null = new Uint8Array(Math.min(HEAD_BYTES, entry.size));
  const inflater = new Inflate((chunk, final) => {
    const before = produced;
    if (head && produced < head.length) head.set(chunk.subarray(0, head.length - produced), produced);
    produced += chunk.length;
    if (produced > entry.size) over = true;
    else if (watch) stop = watch(chunk);
    else if (head && (produced >= head.length || final)) {
      const headSeen = head.subarray(0, Math.min(produced, head.length));
      const seen = inspect(entry.name, headSeen);
      head = null;
      if (typeof seen === 'function') {
        watch = seen;
        stop = watch(headSeen) ?? watch(chunk.subarray(headSeen.length - before));
      } else stop = seen;
    }
  });
  for (let at = 0; at < data.length && !over && stop === undefined; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  return over ? false : (stop ?? true);
}

const isWorksheet = (entry: Entry) => entry.name.startsWith('xl/worksheets/');

export function checkZip(bytes: Uint8Array, inspect: Inspect = () => undefined): ZipCheck {
  const entries = readDirectory(bytes);
  if (entries === 'password') return { ok: false, error: 'This workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and import it again.' };
  if (typeof entries === 'string') return { ok: false, error: entries.startsWith('it ') ? bombMessage(entries) : `This workbook could not be read: ${entries}. Open it in Excel or LibreOffice, save it again as .xlsx and import that.` };
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > SPREADSHEET_LIMITS.unpackedBytes) return { ok: false, error: bombMessage(`it declares more than ${megabytes(SPREADSHEET_LIMITS.unpackedBytes)} unpacked`) };
  for (const entry of entries) {
    if (entry.size > RATIO_CHECKED_FROM && entry.size > entry.compressed * MAX_RATIO) {
      return { ok: false, error: bombMessage(`“${entry.name}” packs ${megabytes(entry.size)} into ${Math.max(1, Math.round(entry.compressed / 1024))} KB`) };
    }
    if (entry.method !== 0 && entry.method !== 8) return { ok: false, error: `This workbook could not be read: “${entry.name}” is packed in a way (method ${entry.method}) spreadsheets do not use. Save it again as .xlsx and import that.` };
  }
  try {
    for (const entry of [...entries.filter((each) => !isWorksheet(each)), ...entries.filter(isWorksheet)]) {
      const within = inflatesWithin(bytes, entry, inspect);
      if (typeof within === 'string') return { ok: false, error: within };
      if (!within) return { ok: false, error: bombMessage(`“${entry.name}” unpacks to more than the ${entry.size.toLocaleString('en-GB')} bytes it declares`) };
    }
  } catch {
    return { ok: false, error: 'This workbook is damaged: part of it does not unpack. Open it in Excel or LibreOffice, save it again as .xlsx and import that.' };
  }
  return { ok: true, names: entries.map((entry) => entry.name) };
}
