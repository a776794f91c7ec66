/**
 * A room's audit trail: who joined, changed the model, commented, shared, changed a role, removed
 * whom, turned links on or off, and when. Kept in the store (accessStore.ts), shown to the room's
 * editors and exported as CSV. Changes and comments are recorded once per person per minute, not per
 * keystroke. Entries are written in the background: recording never holds up a message.
 */
import type { AccessStore, AuditEntry } from './accessStore.js';
import type { Admission } from './rooms.js';
import type { Log } from './log.js';

/** How many of a room's latest entries the Share dialog and the CSV carry. */
export const AUDIT_SHOWN = 2000;
const MINUTE_MS = 60_000;

const LINK_WORDS = { edit: 'Someone with the can-edit link', comment: 'Someone with the can-comment link', view: 'Someone with the can-view link' } as const;

/** Who did something, as the audit says it: the signed-in person's email, or which link they came in by. */
export function actorOf(admission: Pick<Admission, 'email' | 'role'>): string {
  return admission.email ?? LINK_WORDS[admission.role];
}

export function auditTrail(store: AccessStore, log: Log) {
  const lastRecorded = new Map<string, number>();
  let queue: Promise<void> = Promise.resolve();

  function write(room: string, entry: AuditEntry): void {
    queue = queue
      .then(() => store.addAudit(room, [entry]))
      .catch((error: unknown) => log.error({ event: 'audit-failed', error: error instanceof Error ? error.message : String(error) }, 'Writing to the audit trail failed'));
  }

  const prune = setInterval(() => {
    const now = Date.now();
    for (const [key, at] of lastRecorded) if (now - at >= MINUTE_MS) lastRecorded.delete(key);
  }, MINUTE_MS);
  prune.unref();

  return {
    record(room: string, actor: string, action: string, detail = ''): void {
      write(room, { at: new Date().toISOString(), actor, action, detail });
    },
    /** At most once per person, room and action in any minute (changes, comments, joining again). */
    recordOncePerMinute(room: string, actor: string, action: string, detail = ''): void {
      const key = `${room}\n${actor}\n${action}`;
      const now = Date.now();
      const last = lastRecorded.get(key);
      if (last !== undefined && now - last < MINUTE_MS) return;
      lastRecorded.set(key, now);
      write(room, { at: new Date(now).toISOString(), actor, action, detail });
    },
    /** Resolves once everything recorded so far is in the store. */
    settle: () => queue,
    entries: (room: string) => queue.then(() => store.auditOf(room, AUDIT_SHOWN)),
    stop: () => clearInterval(prune),
  };
}

export type AuditTrail = ReturnType<typeof auditTrail>;

/** A cell no spreadsheet runs as a formula (a leading =, +, -, @, tab or return is made text), quoted. */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The trail as CSV (UTF-8 with a byte-order mark, CRLF lines), for a spreadsheet. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = [['When (UTC)', 'Who', 'What', 'Detail'], ...entries.map((entry) => [entry.at, entry.actor, entry.action, entry.detail])];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
