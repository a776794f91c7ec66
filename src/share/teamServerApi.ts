/**
 * The team server's small HTTP API (server/src/api.ts). Called only when the person asks to share
 * or make new links: a model that is not shared never contacts any server.
 */
export interface RoomLinks {
  readonly room: string;
  readonly editToken: string;
  readonly viewToken: string;
  /** Can comment: sees the model live and writes comments only. */
  readonly commentToken: string;
  /** When both links stop working, in seconds since 1970. */
  readonly expires: number;
}

const HEALTH_TIMEOUT_MS = 3000;
const REQUEST_TIMEOUT_MS = 15_000;

/** Whether a team server answers at this origin (the app may have been loaded from one). */
export async function isTeamServer(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS), cache: 'no-store' });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

function isRoomLinks(value: unknown): value is RoomLinks {
  const links = value as Partial<RoomLinks> | null;
  return typeof links?.room === 'string' && typeof links.editToken === 'string' && typeof links.viewToken === 'string' && typeof links.commentToken === 'string' && typeof links.expires === 'number';
}

async function post(url: string, headers: Record<string, string>, server: string): Promise<RoomLinks> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch {
    throw new Error(`The team server at ${server} could not be reached. Check the address and your connection, then try again.`);
  }
  if (response.status === 403) throw new Error('The team server refused: these links may have been replaced already.');
  if (response.status === 429) throw new Error(tooManyRooms(response.headers.get('Retry-After')));
  if (!response.ok) throw new Error(`The team server at ${server} answered with an error (${response.status}). Try again later.`);
  const body: unknown = await response.json().catch(() => null);
  if (!isRoomLinks(body)) throw new Error(`The answer from ${server} is not a team server’s.`);
  return body;
}

/** The server's rooms-per-address limit (server/src/limits.ts), with its Retry-After in words. */
export function tooManyRooms(retryAfter: string | null): string {
  const minutes = Math.ceil(Number(retryAfter) / 60);
  const when = Number.isFinite(minutes) && minutes > 0 ? `in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}` : 'later';
  return `The team server has made as many new shared models from your address as it allows in an hour. Try again ${when}.`;
}

/** Makes a room for a model: its id and its three links' tokens (edit, comment, view). */
export function createRoom(server: string): Promise<RoomLinks> {
  return post(`${server}/api/rooms`, {}, server);
}

/** "Make new links": the old links stop working, and anyone on them is disconnected. */
export function replaceLinks(server: string, room: string, editToken: string): Promise<RoomLinks> {
  return post(`${server}/api/rooms/${encodeURIComponent(room)}/links`, { Authorization: `Bearer ${editToken}` }, server);
}
