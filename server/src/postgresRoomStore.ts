/** The shared store for several instances: PostgreSQL at DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { SECRET_BYTES } from './secret.js';
import { FIRST_GENERATION, type RoomStore } from './roomStore.js';

/** An arbitrary key for the advisory lock that keeps two instances from creating the tables at once. */
const SCHEMA_LOCK = 7_264_011;

async function createTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS rooms (room TEXT PRIMARY KEY, generation INTEGER NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS documents (room TEXT PRIMARY KEY, state BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS link_secret (id INTEGER PRIMARY KEY CHECK (id = 1), secret BYTEA NOT NULL);
    `);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
    client.release();
  }
}

export async function openPostgresRoomStore(databaseUrl: string): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  // Without a listener, an idle client losing its connection would end the process.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  await createTables(pool);

  return {
    async linkSecret() {
      // The first instance to start makes it; the others read the same one.
      await pool.query('INSERT INTO link_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [randomBytes(SECRET_BYTES)]);
      const result = await pool.query<{ secret: Buffer }>('SELECT secret FROM link_secret WHERE id = 1');
      const secret = result.rows[0]?.secret;
      if (!secret || secret.length !== SECRET_BYTES) throw new Error('The link secret in the database is missing or damaged.');
      return secret;
    },
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
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
