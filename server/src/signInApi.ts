/**
 * The API that signing in adds (only when identity providers are named):
 *   GET  /api/auth                      → { providers: [{ id, name }], links } (who may sign in with what)
 *   GET  /api/session                   → { signedIn, email, name, provider } for this browser's session
 *   POST /api/session/end               → signs out: the session ends on the server
 *   GET  /api/rooms/:room/me            → { role } of the signed-in person, if the room is shared with them by name
 *   GET  /api/rooms/:room/access        → { people: [{ email, role }], links, serverLinks } (the room's editors)
 *   POST /api/rooms/:room/people        { email, role: "edit" | "comment" | "view" | "none" } → adds, changes, removes
 *   POST /api/rooms/:room/links-setting { on } → turns the room's links on or off
 *   GET  /api/rooms/:room/audit         → { entries } (the room's editors)
 *   GET  /api/rooms/:room/audit.csv     → the same, as CSV
 * A room's editor is a signed-in person named as its editor, or one who also presents a current
 * edit link's token (Authorization: Bearer). These calls read the session cookie, so they answer
 * only this server's own pages: no cross-origin headers, and every POST must carry
 * `X-Outcome-Chains: 1` (a header no other site can add without this server's consent) and, when the
 * browser sends one, this server's own Origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessStore, Person } from './accessStore.js';
import { isRole } from './accessStore.js';
import type { AccessRules } from './access.js';
import { auditCsv, type AuditTrail } from './audit.js';
import type { Role } from './linkTokens.js';
import { isRoomId, Refused, type Rooms } from './rooms.js';
import type { Sessions, SignedIn } from './sessions.js';
import type { SignInConfig } from './signInSettings.js';

const ROOM_ROUTE = /^\/api\/rooms\/([^/]+)\/(me|access|people|links-setting|audit|audit\.csv)$/;
const MAX_BODY_BYTES = 4096;
const EMAIL = /^[^@\s,;<>"]{1,64}@[a-z0-9.-]{1,190}\.[a-z]{2,}$/;
const ROLE_WORDS: Record<Role, string> = { edit: 'editor', comment: 'commenter', view: 'viewer' };

export interface SignInApiContext {
  config: SignInConfig;
  store: AccessStore;
  sessions: Sessions;
  rooms: Rooms;
  access: AccessRules;
  audit: AuditTrail;
  /** Looks at the room's open connections again now (someone removed, a role lowered, links off). */
  onAccessChanged(room: string): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'too-large');
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Said below.
  }
  throw new HttpError(400, 'bad-request');
}

export function signInApi(context: SignInApiContext) {
  const { config, store, sessions, rooms, access, audit } = context;

  /** Cross-site requests cannot change anything: our own header, and our own origin when the browser says one. */
  function checkSameSite(request: IncomingMessage): void {
    const origin = request.headers.origin;
    if (request.headers['x-outcome-chains'] !== '1' || (origin !== undefined && origin !== config.publicUrl)) throw new HttpError(403, 'cross-site');
  }

  async function signedIn(request: IncomingMessage): Promise<SignedIn> {
    const found = await sessions.personOf(request.headers.cookie);
    if (!found) throw new HttpError(401, 'sign-in-needed');
    return found;
  }

  /** The signed-in editor making this request, and whether they are named as one (or only hold the edit link). */
  async function editorOf(request: IncomingMessage, room: string): Promise<{ person: Person; named: boolean }> {
    const { person } = await signedIn(request);
    if ((await store.memberRole(room, person.email)) === 'edit') return { person, named: true };
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ') && (await access.linksOn(room))) {
      const admission = await rooms.admit(header.slice('Bearer '.length).trim(), room).catch(() => undefined);
      if (admission?.role === 'edit') return { person, named: false };
    }
    throw new HttpError(403, 'editors-only');
  }

  async function roomRoute(request: IncomingMessage, response: ServerResponse, room: string, what: string): Promise<void> {
    if (!isRoomId(room) || (await rooms.generationOf(room)) === undefined) throw new HttpError(404, 'not-found');
    const method = request.method;
    if (method === 'POST') checkSameSite(request);
    else if (method !== 'GET' || what === 'people' || what === 'links-setting') throw new HttpError(405, 'method');
    if (what === 'me') {
      const { person } = await signedIn(request);
      const role = await store.memberRole(room, person.email);
      if (!role) throw new HttpError(403, 'not-shared');
      sendJson(response, 200, { role });
      return;
    }
    const { person: editor, named } = await editorOf(request, room);
    // An editor on the edit link who changes who may come in is named as an editor first, so that
    // turning the links off never shuts them out.
    if (method === 'POST' && !named) {
      await store.setMember(room, editor.email, 'edit');
      audit.record(room, editor.email, 'shared', `with ${editor.email} as editor (holding the edit link)`);
    }

    if (what === 'access') {
      const { linksOff } = await store.accessOf(room);
      sendJson(response, 200, { people: await store.membersOf(room), links: !linksOff, serverLinks: config.linksAllowed });
    } else if (what === 'audit') {
      sendJson(response, 200, { entries: await audit.entries(room) });
    } else if (what === 'audit.csv') {
      const csv = auditCsv(await audit.entries(room));
      response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit.csv"', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      response.end(csv);
    } else if (what === 'people') {
      const body = await readJson(request);
      const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
      if (!EMAIL.test(email)) throw new HttpError(400, 'bad-email');
      const role = body.role === 'none' ? null : isRole(body.role) ? body.role : undefined;
      if (role === undefined) throw new HttpError(400, 'bad-role');
      if (email === editor.email && role !== 'edit') throw new HttpError(400, 'not-yourself');
      const before = await store.memberRole(room, email);
      await store.setMember(room, email, role);
      if (!role) {
        if (before) audit.record(room, editor.email, 'removed', email);
      } else if (!before) audit.record(room, editor.email, 'shared', `with ${email} as ${ROLE_WORDS[role]}`);
      else if (before !== role) audit.record(room, editor.email, 'changed a role', `${email}: ${ROLE_WORDS[before]} → ${ROLE_WORDS[role]}`);
      await context.onAccessChanged(room);
      sendJson(response, 200, { people: await store.membersOf(room) });
    } else {
      const body = await readJson(request);
      if (typeof body.on !== 'boolean') throw new HttpError(400, 'bad-request');
      await store.setLinksOff(room, !body.on);
      audit.record(room, editor.email, body.on ? 'turned links on' : 'turned links off');
      await context.onAccessChanged(room);
      sendJson(response, 200, { links: body.on });
    }
  }

  return {
    /** Handles the routes above; false for any other path. */
    async handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
      const path = new URL(request.url ?? '/', 'http://server').pathname;
      const roomMatch = ROOM_ROUTE.exec(path);
      if (!roomMatch && !['/api/auth', '/api/session', '/api/session/end'].includes(path)) return false;
      // Only POSTs read a body: drain any other, so the socket can be reused.
      if (request.method !== 'POST') request.resume();
      try {
        if (roomMatch) await roomRoute(request, response, roomMatch[1] ?? '', roomMatch[2] ?? '');
        else if (path === '/api/auth' && request.method === 'GET') {
          sendJson(response, 200, { providers: config.providers.map(({ id, name }) => ({ id, name })), links: config.linksAllowed });
        } else if (path === '/api/session' && request.method === 'GET') {
          const found = await sessions.personOf(request.headers.cookie);
          sendJson(response, 200, found ? { signedIn: true, email: found.person.email, name: found.person.name, provider: found.person.provider } : { signedIn: false });
        } else if (path === '/api/session/end' && request.method === 'POST') {
          checkSameSite(request);
          const found = await sessions.personOf(request.headers.cookie);
          const cleared = found ? await sessions.end(found) : undefined;
          if (cleared) response.setHeader('Set-Cookie', cleared);
          sendJson(response, 200, { signedIn: false });
        } else throw new HttpError(405, 'method');
      } catch (error) {
        if (error instanceof HttpError) sendJson(response, error.status, { error: error.code });
        else if (error instanceof Refused) sendJson(response, 403, { error: 'permission-denied' });
        else throw error;
      }
      return true;
    },
  };
}
