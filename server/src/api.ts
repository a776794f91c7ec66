/**
 * The small JSON API beside the app:
 *   POST /api/rooms                   → 201 { room, editToken, commentToken, viewToken, expires }
 *   POST /api/rooms/:room/links       (Authorization: Bearer <current edit token>) → 200 new links;
 *                                     the old ones stop working
 *   GET  /api/health                  → 200 { ok: true } while the process runs (liveness)
 *   GET  /api/ready                   → 200 { ready: true } when the store answers; 503 if not, or
 *                                     while the server stops (readiness, for a load balancer)
 * Tokens go in a header or a response body, never in a URL, so no log holds them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RateDecision } from './limits.js';
import type { Log } from './log.js';
import { isRoomId, Refused, type Rooms } from './rooms.js';

export const API_PREFIX = '/api/';
const LINKS_PATH = /^\/api\/rooms\/([^/]+)\/links$/;

/**
 * The editor may be loaded from elsewhere (a file server, a laptop) and still share through this
 * server, so any origin may call the API. That gives a page nothing it did not have: no cookie is
 * read, and the one call that needs a right carries the edit token in its Authorization header.
 */
const CROSS_ORIGIN = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Authorization',
  'Access-Control-Max-Age': '600',
  // So an editor loaded elsewhere can say when to try again after a 429.
  'Access-Control-Expose-Headers': 'Retry-After',
};

export interface ApiContext {
  rooms: Rooms;
  onLinksReplaced(room: string): Promise<void>;
  /** Counts one room creation for this request's client, or says when it may try again. */
  mayCreateRoom(): Promise<RateDecision>;
  onRoomCreated(room: string): Promise<void>;
  /** False when links are off on the whole server and this request is not from a signed-in person. */
  mayMakeRooms(): Promise<boolean>;
  isReady(): Promise<boolean>;
  log: Log;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...CROSS_ORIGIN,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}

function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

export async function handleApi(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
  const { rooms } = context;
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  // The API reads no request body; drain whatever was sent so the socket can be reused.
  request.resume();
  try {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CROSS_ORIGIN).end();
      return;
    }
    if (path === '/api/health' && request.method === 'GET') {
      sendJson(response, 200, { ok: true });
      return;
    }
    if (path === '/api/ready' && request.method === 'GET') {
      const ready = await context.isReady();
      sendJson(response, ready ? 200 : 503, { ready });
      return;
    }
    if (path === '/api/rooms' && request.method === 'POST') {
      if (!(await context.mayMakeRooms())) {
        sendJson(response, 403, { error: 'sign-in-needed' });
        return;
      }
      const decision = await context.mayCreateRoom();
      if (!decision.allowed) {
        sendJson(response, 429, { error: 'too-many-rooms' }, { 'Retry-After': String(decision.retryAfterSeconds) });
        return;
      }
      const links = await rooms.createRoom();
      await context.onRoomCreated(links.room);
      sendJson(response, 201, links);
      return;
    }
    const linksMatch = LINKS_PATH.exec(path);
    if (linksMatch && request.method === 'POST') {
      const room = linksMatch[1] ?? '';
      if (!isRoomId(room)) throw new Refused('permission-denied');
      const links = await rooms.replaceLinks(bearerToken(request), room);
      await context.onLinksReplaced(room);
      sendJson(response, 200, links);
      return;
    }
    sendJson(response, 404, { error: 'not-found' });
  } catch (error) {
    if (error instanceof Refused) {
      sendJson(response, 403, { error: error.reason });
      return;
    }
    // The path may hold a room id: logged as the route, not the path.
    const route = path.startsWith('/api/rooms/') ? '/api/rooms/:room/links' : path;
    context.log.error({ event: 'api-failed', method: request.method, route, error: error instanceof Error ? error.message : String(error) }, 'An API call failed');
    sendJson(response, 500, { error: 'server-error' });
  }
}
