/** The access store (accessStore.ts) in the PostgreSQL database at DATABASE_URL, shared by every instance. */
import pg from 'pg';
import type { AccessStore, AuditEntry, Member, Person } from './accessStore.js';
import { isRole } from './accessStore.js';

/** The same advisory lock as the rooms' tables (postgresRoomStore.ts), so instances starting together make them once. */
const SCHEMA_LOCK = 7_264_011;

export async function openPostgresAccessStore(databaseUrl: string): Promise<AccessStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS sessions (id_hash TEXT PRIMARY KEY, person JSONB NOT NULL, expires_at BIGINT NOT NULL);
      CREATE TABLE IF NOT EXISTS members (room TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (room, email));
      CREATE TABLE IF NOT EXISTS room_access (room TEXT PRIMARY KEY, version INTEGER NOT NULL, links_off BOOLEAN NOT NULL);
      CREATE TABLE IF NOT EXISTS audit (id BIGSERIAL PRIMARY KEY, room TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS audit_by_room ON audit (room, id);
    `);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
    client.release();
  }
  const bump = (db: pg.Pool | pg.PoolClient, room: string, linksOff: boolean | null) =>
    db.query(
      'INSERT INTO room_access (room, version, links_off) VALUES ($1, 1, COALESCE($2, false)) ON CONFLICT (room) DO UPDATE SET version = room_access.version + 1, links_off = COALESCE($2, room_access.links_off)',
      [room, linksOff],
    );

  return {
    async saveSession(idHash, person, expiresAt) {
      await pool.query('DELETE FROM sessions WHERE expires_at < $1', [Math.floor(Date.now() / 1000)]);
      await pool.query('INSERT INTO sessions (id_hash, person, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id_hash) DO UPDATE SET person = excluded.person, expires_at = excluded.expires_at', [
        idHash,
        JSON.stringify(person),
        expiresAt,
      ]);
    },
    async sessionOf(idHash) {
      const result = await pool.query<{ person: Person; expires_at: string }>('SELECT person, expires_at FROM sessions WHERE id_hash = $1', [idHash]);
      const row = result.rows[0];
      return row ? { person: row.person, expiresAt: Number(row.expires_at) } : undefined;
    },
    async endSession(idHash) {
      await pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    },
    async membersOf(room) {
      const result = await pool.query<{ email: string; role: string }>('SELECT email, role FROM members WHERE room = $1 ORDER BY email', [room]);
      return result.rows.filter((row): row is Member => isRole(row.role));
    },
    async memberRole(room, email) {
      const result = await pool.query<{ role: string }>('SELECT role FROM members WHERE room = $1 AND email = $2', [room, email]);
      const role = result.rows[0]?.role;
      return isRole(role) ? role : undefined;
    },
    async setMember(room, email, role) {
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        if (role) await db.query('INSERT INTO members (room, email, role) VALUES ($1, $2, $3) ON CONFLICT (room, email) DO UPDATE SET role = excluded.role', [room, email, role]);
        else await db.query('DELETE FROM members WHERE room = $1 AND email = $2', [room, email]);
        await bump(db, room, null);
        await db.query('COMMIT');
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        db.release();
      }
    },
    async accessOf(room) {
      const result = await pool.query<{ version: number; links_off: boolean }>('SELECT version, links_off FROM room_access WHERE room = $1', [room]);
      const row = result.rows[0];
      return { version: row?.version ?? 0, linksOff: row?.links_off ?? false };
    },
    async setLinksOff(room, off) {
      await bump(pool, room, off);
    },
    async addAudit(room, entries) {
      for (const entry of entries) await pool.query('INSERT INTO audit (room, at, actor, action, detail) VALUES ($1, $2, $3, $4, $5)', [room, entry.at, entry.actor, entry.action, entry.detail]);
    },
    async auditOf(room, limit) {
      const result = await pool.query<AuditEntry>('SELECT at, actor, action, detail FROM (SELECT * FROM audit WHERE room = $1 ORDER BY id DESC LIMIT $2) latest ORDER BY id', [room, limit]);
      return result.rows;
    },
    async close() {
      await pool.end();
    },
  };
}
