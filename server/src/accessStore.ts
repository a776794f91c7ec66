/**
 * What signing in adds to the store (SQLite or PostgreSQL, beside the rooms): sessions, the named
 * people of each room with their roles, whether a room's links are on, and the room's audit trail.
 * Only opened when identity providers are named.
 *
 * A session is kept by the SHA-256 of its id (the cookie holds the id), so a copy of the store
 * cannot be used to sign in. A room's access version moves on with every change to its people or
 * links, so that every instance can tell, with one small query per open room, that it must look at
 * its connections again.
 */
import type { Role } from './linkTokens.js';

export interface Person {
  provider: string;
  issuer: string;
  subject: string;
  /** Lower case. */
  email: string;
  name: string;
}

export interface Member {
  email: string;
  role: Role;
}

export interface AuditEntry {
  /** ISO date-time. */
  at: string;
  /** An email, or words for someone who came in by a link. */
  actor: string;
  action: string;
  detail: string;
}

export interface RoomAccess {
  version: number;
  linksOff: boolean;
}

export interface AccessStore {
  saveSession(idHash: string, person: Person, expiresAt: number): Promise<void>;
  sessionOf(idHash: string): Promise<{ person: Person; expiresAt: number } | undefined>;
  endSession(idHash: string): Promise<void>;
  membersOf(room: string): Promise<Member[]>;
  memberRole(room: string, email: string): Promise<Role | undefined>;
  /** Adds, changes (role) or, with null, removes a person; moves the room's access version on. */
  setMember(room: string, email: string, role: Role | null): Promise<void>;
  accessOf(room: string): Promise<RoomAccess>;
  setLinksOff(room: string, off: boolean): Promise<void>;
  addAudit(room: string, entries: readonly AuditEntry[]): Promise<void>;
  /** The room's audit trail, oldest first, at most `limit` of the latest entries. */
  auditOf(room: string, limit: number): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

export const ROLES: readonly Role[] = ['view', 'comment', 'edit'];

export function isRole(value: unknown): value is Role {
  return value === 'edit' || value === 'comment' || value === 'view';
}

/** Whether `next` gives less than `before` (edit > comment > view). */
export function isLower(next: Role, before: Role): boolean {
  return ROLES.indexOf(next) < ROLES.indexOf(before);
}
