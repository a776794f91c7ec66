/** The access store (accessStore.ts) in the data folder's SQLite file, beside the rooms. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { AccessStore, AuditEntry, Member, Person } from './accessStore.js';
import { isRole } from './accessStore.js';

export function openSqliteAccessStore(dataDir: string): AccessStore {
  const db = new Database(join(dataDir, 'rooms.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (id_hash TEXT PRIMARY KEY, person TEXT NOT NULL, expires_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS members (room TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (room, email));
    CREATE TABLE IF NOT EXISTS room_access (room TEXT PRIMARY KEY, version INTEGER NOT NULL, links_off INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS audit_by_room ON audit (room, id);
  `);
  const bump = db.prepare(
    'INSERT INTO room_access (room, version, links_off) VALUES (?, 1, ?) ON CONFLICT (room) DO UPDATE SET version = version + 1, links_off = COALESCE(?, links_off)',
  );
  const statements = {
    saveSession: db.prepare('INSERT OR REPLACE INTO sessions (id_hash, person, expires_at) VALUES (?, ?, ?)'),
    session: db.prepare<[string], { person: string; expires_at: number }>('SELECT person, expires_at FROM sessions WHERE id_hash = ?'),
    endSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
    pruneSessions: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
    members: db.prepare<[string], { email: string; role: string }>('SELECT email, role FROM members WHERE room = ? ORDER BY email'),
    memberRole: db.prepare<[string, string], { role: string }>('SELECT role FROM members WHERE room = ? AND email = ?'),
    upsertMember: db.prepare('INSERT INTO members (room, email, role) VALUES (?, ?, ?) ON CONFLICT (room, email) DO UPDATE SET role = excluded.role'),
    deleteMember: db.prepare('DELETE FROM members WHERE room = ? AND email = ?'),
    access: db.prepare<[string], { version: number; links_off: number }>('SELECT version, links_off FROM room_access WHERE room = ?'),
    addAudit: db.prepare('INSERT INTO audit (room, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)'),
    audit: db.prepare<[string, number], AuditEntry>('SELECT at, actor, action, detail FROM (SELECT * FROM audit WHERE room = ? ORDER BY id DESC LIMIT ?) ORDER BY id'),
  };
  const setMember = db.transaction((room: string, email: string, role: string | null) => {
    if (role) statements.upsertMember.run(room, email, role);
    else statements.deleteMember.run(room, email);
    bump.run(room, 0, null);
  });
  const addAudit = db.transaction((room: string, entries: readonly AuditEntry[]) => {
    for (const entry of entries) statements.addAudit.run(room, entry.at, entry.actor, entry.action, entry.detail);
  });

  return {
    async saveSession(idHash, person, expiresAt) {
      statements.pruneSessions.run(Math.floor(Date.now() / 1000));
      statements.saveSession.run(idHash, JSON.stringify(person), expiresAt);
    },
    async sessionOf(idHash) {
      const row = statements.session.get(idHash);
      return row ? { person: JSON.parse(row.person) as Person, expiresAt: row.expires_at } : undefined;
    },
    async endSession(idHash) {
      statements.endSession.run(idHash);
    },
    async membersOf(room) {
      return statements.members.all(room).filter((row): row is Member => isRole(row.role));
    },
    async memberRole(room, email) {
      const role = statements.memberRole.get(room, email)?.role;
      return isRole(role) ? role : undefined;
    },
    async setMember(room, email, role) {
      setMember(room, email, role);
    },
    async accessOf(room) {
      const row = statements.access.get(room);
      return { version: row?.version ?? 0, linksOff: Boolean(row?.links_off) };
    },
    async setLinksOff(room, off) {
      bump.run(room, off ? 1 : 0, off ? 1 : 0);
    },
    async addAudit(room, entries) {
      addAudit(room, entries);
    },
    async auditOf(room, limit) {
      return statements.audit.all(room, limit);
    },
    async close() {
      db.close();
    },
  };
}
