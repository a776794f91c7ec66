/**
 * Rooms and their links: making a room, checking a token against it, making new links (which
 * ends the old ones). Transport-free, so the HTTP API and the collaboration hook share one rule.
 */
import { randomBytes } from 'node:crypto';
import { LINK_LIFETIME_SECONDS, nowInSeconds, readLinkToken, signLinkToken, type Role } from './linkTokens.js';
import { FIRST_GENERATION, type RoomStore } from './roomStore.js';

/** Shown by the app to anyone still connected through a link that "Make new links" replaced. */
export const LINKS_REPLACED =
  'These links were replaced by new ones. Ask whoever shared this model for the new link; your copy stays on this computer.';
/** The one answer to every other bad token: no hint which part was wrong. */
export const PERMISSION_DENIED = 'permission-denied';

export class Refused extends Error {
  /** Hocuspocus sends an error's `reason` to the client. */
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

export interface RoomLinks {
  room: string;
  editToken: string;
  viewToken: string;
  /** Can comment: sees the model, writes only its comments. */
  commentToken: string;
  /** When the tokens expire, in seconds since 1970. */
  expires: number;
}

export interface Admission {
  role: Role;
  generation: number;
  /** Who this connection writes comments as (authors.ts): its browser's id, and a signed-in person's. */
  authors?: string[];
  /** How it came in: a link, or by name (signed in, among the room's people: access.ts). */
  via?: 'link' | 'member';
  /** The signed-in person's email, when there is one (never logged). */
  email?: string;
  /** The session a named person came in on (its id's SHA-256): when it ends, so does the connection. */
  session?: string;
}

/** 128 random bits, base64url: 22 characters that cannot be guessed or listed. */
const ROOM_ID_BYTES = 16;
const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;

export function isRoomId(value: string): boolean {
  return ROOM_ID.test(value);
}

export function rooms(store: RoomStore, secret: Buffer, now: () => number = nowInSeconds) {
  function linksFor(room: string, gen: number): RoomLinks {
    const exp = now() + LINK_LIFETIME_SECONDS;
    return {
      room,
      editToken: signLinkToken(secret, { room, role: 'edit', exp, gen }),
      viewToken: signLinkToken(secret, { room, role: 'view', exp, gen }),
      commentToken: signLinkToken(secret, { room, role: 'comment', exp, gen }),
      expires: exp,
    };
  }

  /** Checks a token for this room; throws Refused unless it is good and current. */
  async function admit(token: unknown, room: string): Promise<Admission> {
    // Signature and expiry first: a forged token costs no store look-up.
    const claims = readLinkToken(secret, token, now());
    if (!claims || claims.room !== room) throw new Refused(PERMISSION_DENIED);
    const current = await store.generationOf(room);
    if (current === undefined || claims.gen > current) throw new Refused(PERMISSION_DENIED);
    if (claims.gen < current) throw new Refused(LINKS_REPLACED);
    return { role: claims.role, generation: claims.gen };
  }

  return {
    admit,

    async createRoom(): Promise<RoomLinks> {
      const room = randomBytes(ROOM_ID_BYTES).toString('base64url');
      await store.createRoom(room);
      return linksFor(room, FIRST_GENERATION);
    },

    /** "Make new links": needs a current edit token for the room. */
    async replaceLinks(editToken: unknown, room: string): Promise<RoomLinks> {
      const admission = await admit(editToken, room);
      if (admission.role !== 'edit') throw new Refused(PERMISSION_DENIED);
      return linksFor(room, await store.nextGeneration(room));
    },

    generationOf: (room: string) => store.generationOf(room),
  };
}

export type Rooms = ReturnType<typeof rooms>;
