/** The default store: one embedded SQLite file in the data folder (better-sqlite3 12, which runs on Node 20). */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_GENERATION, type RoomStore } from './roomStore.js';
import { loadOrCreateSecret } from './secret.js';

export function openSqliteRoomStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, 'rooms.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (room TEXT PRIMARY KEY, generation INTEGER NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS documents (room TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
  `);
  const insertRoom = db.prepare('INSERT INTO rooms (room, generation, created_at) VALUES (?, ?, ?)');
  const selectGeneration = db.prepare<[string], { generation: number }>('SELECT generation FROM rooms WHERE room = ?');
  const bumpGeneration = db.prepare<[string], { generation: number }>(
    'UPDATE rooms SET generation = generation + 1 WHERE room = ? RETURNING generation',
  );
  const selectDocument = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE room = ?');
  const upsertDocument = db.prepare(
    'INSERT INTO documents (room, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );

  return {
    async linkSecret() {
      return loadOrCreateSecret(dataDir);
    },
    async createRoom(room) {
      insertRoom.run(room, FIRST_GENERATION, new Date().toISOString());
    },
    async generationOf(room) {
      return selectGeneration.get(room)?.generation;
    },
    async nextGeneration(room) {
      const row = bumpGeneration.get(room);
      if (!row) throw new Error('No such room.');
      return row.generation;
    },
    async fetchDocument(room) {
      const row = selectDocument.get(room);
      return row ? new Uint8Array(row.state) : null;
    },
    async storeDocument(room, state) {
      upsertDocument.run(room, Buffer.from(state), new Date().toISOString());
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}
