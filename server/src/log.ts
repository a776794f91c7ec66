/**
 * The team server's log: one JSON line per event on stdout (pino), each with a level, an `event`
 * name and, where a room is concerned, a hash of its id instead of the id. Tokens and links are
 * never passed to it. What the libraries inside print to the console is turned into such lines
 * too, with any room id in the text replaced by its hash.
 */
import { createHash } from 'node:crypto';
import { format } from 'node:util';
import pino, { type Logger } from 'pino';

export type Log = Logger;

export function createLog(level = process.env.LOG_LEVEL || 'info'): Log {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** A room's id in logs: enough to follow one room through the log, useless for joining it. */
export function roomHash(room: string): string {
  return createHash('sha256').update(room).digest('hex').slice(0, 16);
}

/** A room id is 22 base64url characters standing alone (rooms.ts). */
const ROOM_ID_IN_TEXT = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_.-])/g;

export function hashRoomIds(text: string): string {
  return text.replace(ROOM_ID_IN_TEXT, (room) => `room#${roomHash(room)}`);
}

/** Sends console output (Hocuspocus's own warnings and errors) through the log as JSON lines. */
export function routeConsoleTo(log: Log): void {
  const line = (args: unknown[]) => hashRoomIds(format(...args)).trim();
  console.log = (...args: unknown[]) => log.info({ event: 'library' }, line(args));
  console.info = console.log;
  console.warn = (...args: unknown[]) => log.warn({ event: 'library' }, line(args));
  console.error = (...args: unknown[]) => log.error({ event: 'library' }, line(args));
}
