/**
 * Real collaboration clients in Node: @hocuspocus/provider + yjs over the `ws` WebSocket, the same
 * provider the app uses; plus helpers to wait (bounded) until something holds.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface RoomLinks {
  room: string;
  editToken: string;
  viewToken: string;
  commentToken: string;
  expires: number;
}

/** Notes every token a server issued during a server test run, for the check that no log holds one. */
export function noteIssuedTokens(links: Partial<RoomLinks>): void {
  noteSecrets([links.editToken, links.commentToken, links.viewToken].filter((token): token is string => typeof token === 'string'));
}

/** Notes secrets no server log may hold (tokens, browser keys, session cookies), for the same check. */
export function noteSecrets(secrets: readonly string[]): void {
  const dir = process.env.SERVER_TEST_RUN_DIR;
  if (dir && secrets.length) appendFileSync(join(dir, 'issued-tokens.txt'), secrets.map((secret) => `${secret}\n`).join(''));
}

/** Notes words no server log may hold, looked for whole (people's email addresses). */
export function noteUnloggable(words: readonly string[]): void {
  const dir = process.env.SERVER_TEST_RUN_DIR;
  if (dir && words.length) appendFileSync(join(dir, 'unloggable.txt'), words.map((word) => `${word}\n`).join(''));
}

export async function createRoom(httpUrl: string): Promise<RoomLinks> {
  const response = await fetch(`${httpUrl}/api/rooms`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`POST /api/rooms answered ${response.status}`);
  const links = (await response.json()) as RoomLinks;
  noteIssuedTokens(links);
  return links;
}

export async function makeNewLinks(httpUrl: string, room: string, editToken: string): Promise<Response> {
  const response = await fetch(`${httpUrl}/api/rooms/${room}/links`, { method: 'POST', headers: { Authorization: `Bearer ${editToken}` } });
  if (response.ok) noteIssuedTokens((await response.clone().json()) as RoomLinks);
  return response;
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Reasons the server gave when it closed this client's document. */
  closeReasons: string[];
  /** Reasons the server gave when it refused this client's token. */
  refusals: string[];
  synced(): Promise<void>;
  /** Moves this client onto another server (the same document, another provider). */
  moveTo(wsUrl: string): Client;
  destroy(): void;
}

/** A `ws` WebSocket that sends a browser's cookie with its upgrade, as a page on the server's own origin does. */
function withCookie(cookie: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { Cookie: cookie } });
    }
  } as typeof WebSocket;
}

export function connect(wsUrl: string, room: string, token: string, doc: Y.Doc = new Y.Doc(), options: { cookie?: string } = {}): Client {
  // Quick retries: a restarted server is back within a second or two.
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: options.cookie ? withCookie(options.cookie) : WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
  });
  const closeReasons: string[] = [];
  const refusals: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onClose: ({ event }) => {
      if (event.reason) closeReasons.push(event.reason);
    },
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
  });
  provider.attach();
  const client: Client = {
    doc,
    provider,
    closeReasons,
    refusals,
    synced: () => waitFor(() => provider.isSynced, `client of ${room} synced`),
    moveTo(otherUrl) {
      client.destroy();
      return connect(otherUrl, room, token, doc, options);
    },
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
  return client;
}

/** Retries until `condition` holds, at most `timeoutMs`; the error names what never happened. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms, but never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One edit: a box id → label, in the map every test uses. */
export function edit(client: Client, key: string, value: string): void {
  client.doc.getMap<string>('boxes').set(key, value);
}

export function contents(doc: Y.Doc): Record<string, string> {
  return doc.getMap<string>('boxes').toJSON() as Record<string, string>;
}

export function sameContents(...docs: Y.Doc[]): boolean {
  const [first, ...rest] = docs.map((doc) => JSON.stringify(Object.entries(contents(doc)).sort()));
  return rest.every((other) => other === first);
}
