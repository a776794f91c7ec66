/**
 * Signing in to a team server and sharing with named people (server/src/signInApi.ts). Only for the
 * team server this page was loaded from: the session is a cookie of that server's own (httpOnly,
 * SameSite=Lax), which a page from anywhere else neither reads nor sends. Called only from the Share
 * dialog and the join page, when the person asks: a model that is not shared contacts no server.
 */
import type { ShareRole } from './links';

export interface SignInOptions {
  readonly providers: readonly { readonly id: string; readonly name: string }[];
  /** Whether the server lets links in at all (its operator may turn them off). */
  readonly links: boolean;
}

export type Session = { readonly signedIn: false } | { readonly signedIn: true; readonly email: string; readonly name: string };

export interface Person {
  readonly email: string;
  readonly role: ShareRole;
}

export interface RoomAccess {
  readonly people: readonly Person[];
  /** This model's links are on. */
  readonly links: boolean;
  /** The server lets links in at all. */
  readonly serverLinks: boolean;
}

export interface AuditEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly detail: string;
}

/** What the app presents instead of a link's token to come in by name (server/src/access.ts). */
export const MEMBER_TOKEN = 'member';

const TIMEOUT_MS = 15_000;
/** Sent with every change: a header no other site can add, so no other site can make these calls. */
const SAME_SITE = { 'X-Outcome-Chains': '1' };

const PROBLEMS: Record<string, string> = {
  'sign-in-needed': 'Your sign-in has ended. Sign in again, then try once more.',
  'editors-only': 'Only the model’s editors can do that.',
  'bad-email': 'Type a whole email address, such as sam@council.gov.uk.',
  'not-yourself': 'You cannot lower your own access or remove yourself: ask another editor.',
};

async function call<T>(server: string, path: string, init: RequestInit = {}, editToken?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${server}${path}`, {
      ...init,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...SAME_SITE, ...(editToken ? { Authorization: `Bearer ${editToken}` } : {}), ...init.headers },
    });
  } catch {
    throw new Error(`The team server at ${server} could not be reached. Check your connection, then try again.`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = (body as { error?: unknown } | null)?.error;
    throw new Error((typeof code === 'string' && PROBLEMS[code]) || `The team server answered with an error (${response.status}). Try again later.`);
  }
  return body as T;
}

/** The identity providers this server offers, or null when it offers none (links only). */
export async function signInOptions(server: string): Promise<SignInOptions | null> {
  try {
    const response = await fetch(`${server}/api/auth`, { cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return null;
    const body = (await response.json()) as SignInOptions;
    return Array.isArray(body.providers) ? body : null;
  } catch {
    return null;
  }
}

export function sessionAt(server: string): Promise<Session> {
  return call<Session>(server, '/api/session');
}

/**
 * Where the browser goes to sign in: the provider's own page, then back to this server's app, at
 * `returnTo` (a model's or a named person's link's hash route; the server takes no other).
 */
export function signInHref(server: string, providerId: string, returnTo = ''): string {
  return `${server}/auth/login/${encodeURIComponent(providerId)}${returnTo ? `?return=${encodeURIComponent(returnTo)}` : ''}`;
}

export async function signOut(server: string): Promise<void> {
  await call(server, '/api/session/end', { method: 'POST', body: '{}' });
}

const roomPath = (room: string, what: string) => `/api/rooms/${encodeURIComponent(room)}/${what}`;

/** The signed-in person's role in a room shared with them by name. */
export async function myRole(server: string, room: string): Promise<ShareRole> {
  return (await call<{ role: ShareRole }>(server, roomPath(room, 'me'))).role;
}

export function roomAccess(server: string, room: string, editToken?: string): Promise<RoomAccess> {
  return call<RoomAccess>(server, roomPath(room, 'access'), {}, editToken);
}

/** Shares with someone by email, changes their role, or ("none") removes them. */
export async function setPersonRole(server: string, room: string, email: string, role: ShareRole | 'none', editToken?: string): Promise<readonly Person[]> {
  return (await call<{ people: Person[] }>(server, roomPath(room, 'people'), { method: 'POST', body: JSON.stringify({ email, role }) }, editToken)).people;
}

export async function setRoomLinks(server: string, room: string, on: boolean, editToken?: string): Promise<void> {
  await call(server, roomPath(room, 'links-setting'), { method: 'POST', body: JSON.stringify({ on }) }, editToken);
}

export async function roomAudit(server: string, room: string, editToken?: string): Promise<readonly AuditEntry[]> {
  return (await call<{ entries: AuditEntry[] }>(server, roomPath(room, 'audit'), {}, editToken)).entries;
}

/** The audit as the server's CSV file (UTF-8 with BOM), for saving. */
export async function roomAuditCsv(server: string, room: string, editToken?: string): Promise<Blob> {
  const response = await fetch(`${server}${roomPath(room, 'audit.csv')}`, {
    credentials: 'same-origin',
    cache: 'no-store',
    headers: editToken ? { Authorization: `Bearer ${editToken}` } : {},
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`The team server did not give the activity (${response.status}).`);
  return response.blob();
}
