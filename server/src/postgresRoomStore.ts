/** The shared store for several instances: PostgreSQL at DATABASE_URL. */
import pg from 'pg';
import { FIRST_GENERATION, type RoomStore } from './roomStore.js';

export async function openPostgresRoomStore(databaseUrl: string): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  // Without a listener, an idle client losing its connection would end the process.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  await pool.query(`
    CREATE TABLE IF NOT EXISTS rooms (room TEXT PRIMARY KEY, generation INTEGER NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
    CREATE TABLE IF NOT EXISTS documents (room TEXT PRIMARY KEY, state BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
  `);

  return {
    async createRoom(room) {
      await pool.query('INSERT INTO rooms (room, generation) VALUES ($1, $2)', [room, FIRST_GENERATION]);
    },
    async generationOf(room) {
      const result = await pool.query<{ generation: number }>('SELECT generation FROM rooms WHERE room = $1', [room]);
      return result.rows[0]?.generation;
    },
    async nextGeneration(room) {
      const result = await pool.query<{ generation: number }>(
        'UPDATE rooms SET generation = generation + 1 WHERE room = $1 RETURNING generation',
        [room],
      );
      const row = result.rows[0];
      if (!row) throw new Error('No such room.');
      return row.generation;
    },
    async fetchDocument(room) {
      const result = await pool.query<{ state: Buffer }>('SELECT state FROM documents WHERE room = $1', [room]);
      const row = result.rows[0];
      return row ? new Uint8Array(row.state) : null;
    },
    async storeDocument(room, state) {
      await pool.query(
        'INSERT INTO documents (room, state, updated_at) VALUES ($1, $2, now()) ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        [room, Buffer.from(state)],
      );
    },
    async close() {
      await pool.end();
    },
  };
}
