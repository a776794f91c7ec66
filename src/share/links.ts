/**
 * Share links and team server addresses, as plain text rules. A link is
 * `${server}/#/join/${room}/${token}`: the token (signed by the server) sits after the `#`, so the
 * browser never sends it in a request and no server or proxy log can hold it.
 */
export type ShareRole = 'edit' | 'comment' | 'view';

export function shareLink(server: string, room: string, token: string): string {
  return `${server}/#/join/${encodeURIComponent(room)}/${encodeURIComponent(token)}`;
}

export function joinHash(room: string, token: string): string {
  return `#/join/${encodeURIComponent(room)}/${encodeURIComponent(token)}`;
}

/** Reads a link's token for the role it grants (the server checks it; this only decides what to show). */
export function roleOfToken(token: string): ShareRole | undefined {
  const body = token.split('.')[0] ?? '';
  try {
    const text = atob(body.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(body.length / 4) * 4, '='));
    const role: unknown = (JSON.parse(text) as { role?: unknown }).role;
    return role === 'edit' || role === 'comment' || role === 'view' ? role : undefined;
  } catch {
    return undefined;
  }
}

export type ServerAddress = { readonly ok: true; readonly origin: string } | { readonly ok: false; readonly error: string };

/** A typed team server address as an origin; a bare host name is taken as https. */
export function readServerAddress(text: string): ServerAddress {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'Type the team server’s address, for example https://models.example.org' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: `“${trimmed}” is not a web address. It looks like https://models.example.org` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'A team server’s address starts with https:// (or http:// on your own network).' };
  return { ok: true, origin: url.origin };
}

/** The collaboration endpoint of a team server (ws: for http:, wss: for https:). */
export function collabUrl(server: string): string {
  const url = new URL('/collab', server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** The server's reason when it stops gracefully (server/src/teamServer.ts): it will be back. */
export function isServerRestarting(reason: string | undefined): boolean {
  return Boolean(reason?.startsWith('The team server is restarting'));
}

/** The server's reason when it refused a write for the size of the model (server/src/documentSize.ts). */
export function isSizeLimit(reason: string | undefined): boolean {
  return Boolean(reason?.startsWith("This model has reached the team server's size limit"));
}

/** The server's text when links were replaced; what the app then tells the person. */
export function isLinksReplaced(reason: string | undefined): boolean {
  return Boolean(reason?.startsWith('These links were replaced'));
}

/**
 * The server's words about a person's access (server/src/closeReasons.ts): removed by an editor,
 * links turned off, not shared with them by name, or signed out. Shown to the person as they are.
 */
export function isAccessEnded(reason: string | undefined): boolean {
  return Boolean(
    reason?.startsWith('Your access to this model was removed') ||
      reason?.startsWith('Links to this model are turned off') ||
      reason?.startsWith('This model has not been shared with you by name') ||
      reason?.startsWith('You are signed out of the team server'),
  );
}

/** A named person's link: no token, only the room; the server lets them in by their sign-in. */
export function memberLink(server: string, room: string): string {
  return `${server}/#/join/${encodeURIComponent(room)}/member`;
}

/** The server's words when a named person's role was lowered: the connection comes back with the new role. */
export function isAccessChanged(reason: string | undefined): boolean {
  return Boolean(reason?.startsWith('Your access to this model was changed'));
}
