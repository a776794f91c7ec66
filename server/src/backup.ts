/**
 * Backing up and restoring the embedded SQLite store. A backup is one SQLite file: a consistent
 * copy of rooms.sqlite taken with SQLite's online backup API (better-sqlite3's `backup()`) while the
 * server runs, plus the link secret, so that a restore brings back working links as well as every
 * room. It therefore needs the care the data folder needs: it is written readable by its owner only.
 * (PostgreSQL has its own tools, pg_dump and pg_restore: see the README.)
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECRET_BYTES } from './secret.js';

const STORE_FILE = 'rooms.sqlite';
const SECRET_TABLE = 'backup_link_secret';
const OWNER_ONLY = 0o600;

export interface BackupSummary {
  rooms: number;
  documents: number;
  bytes: number;
}

function summarise(db: Database.Database, path: string): BackupSummary {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { rooms: count('rooms'), documents: count('documents'), bytes: statSync(path).size };
}

/** Copies the store in `dataDir` (the server may be running) and its link secret into `file`. */
export async function backup(dataDir: string, file: string): Promise<BackupSummary> {
  const source = join(dataDir, STORE_FILE);
  if (!existsSync(source)) throw new Error(`There is no ${STORE_FILE} in ${dataDir}: is DATA_DIR the team server's data folder?`);
  if (existsSync(file)) throw new Error(`${file} already exists: choose a new name, so no backup is overwritten.`);
  const secretPath = join(dataDir, 'secret');
  const secret = existsSync(secretPath) ? readFileSync(secretPath) : undefined;
  if (secret?.length !== SECRET_BYTES) throw new Error(`The link secret ${secretPath} is missing or damaged: a backup without it would restore rooms whose links no longer work.`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // All pages in one step: a step reads one consistent snapshot (the server keeps writing meanwhile).
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    db.close();
  }
  chmodSync(partial, OWNER_ONLY);
  const copy = new Database(partial);
  try {
    copy.exec(`CREATE TABLE ${SECRET_TABLE} (secret BLOB NOT NULL)`);
    copy.prepare(`INSERT INTO ${SECRET_TABLE} (secret) VALUES (?)`).run(secret);
    copy.pragma('journal_mode = DELETE');
    const summary = summarise(copy, partial);
    copy.close();
    renameSync(partial, file);
    return { ...summary, bytes: statSync(file).size };
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Puts a backup back into `dataDir`, which must not hold a store already; the server must be stopped. */
export async function restore(file: string, dataDir: string): Promise<BackupSummary> {
  if (!existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  const target = join(dataDir, STORE_FILE);
  for (const path of [target, `${target}-wal`, `${target}-shm`]) {
    if (existsSync(path)) throw new Error(`${path} already exists: restore into an empty data folder, or move the old store away first (with the server stopped).`);
  }
  const backupDb = new Database(file, { readonly: true, fileMustExist: true });
  let secret: Buffer;
  try {
    const check = backupDb.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged (SQLite's integrity check says: ${String(check)}).`);
    const tables = new Set((backupDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
    if (!tables.has('rooms') || !tables.has('documents') || !tables.has(SECRET_TABLE)) throw new Error(`${file} is not a team server backup (made by npm run server:backup).`);
    const row = backupDb.prepare(`SELECT secret FROM ${SECRET_TABLE}`).get() as { secret: Buffer } | undefined;
    if (!row || row.secret.length !== SECRET_BYTES) throw new Error(`The link secret in ${file} is missing or damaged.`);
    secret = row.secret;
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    await backupDb.backup(target);
  } finally {
    backupDb.close();
  }
  const restored = new Database(target);
  try {
    restored.exec(`DROP TABLE ${SECRET_TABLE}`);
    restored.pragma('journal_mode = WAL');
    chmodSync(target, OWNER_ONLY);
    // The restored rooms' links were signed with this secret: it replaces any other in the folder.
    writeFileSync(join(dataDir, 'secret'), secret, { mode: OWNER_ONLY });
    chmodSync(join(dataDir, 'secret'), OWNER_ONLY);
    return summarise(restored, target);
  } finally {
    restored.close();
  }
}
