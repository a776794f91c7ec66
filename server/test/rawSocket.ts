/**
 * A hand-driven collaboration socket, for what a tampered or hostile client sends: an auth
 * message with any token, a Yjs update the provider would never send, oversized or garbage frames.
 * Frames follow Hocuspocus's wire format: document name, message type, payload.
 */
import { AuthMessageType, writeAuthentication } from '@hocuspocus/common';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const YJS_UPDATE = 2;

export interface RawSocket {
  ws: WebSocket;
  /** Auth replies so far: 'authenticated:<scope>' or 'denied:<reason>'. */
  authReplies: string[];
  closed: Promise<{ code: number }>;
  isClosed(): boolean;
  sendAuth(room: string, token: string): void;
  sendUpdate(room: string, update: Uint8Array): void;
  close(): void;
}

export async function openRawSocket(wsUrl: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const ws = new WebSocket(wsUrl, { headers });
  const authReplies: string[] = [];
  let closedFlag = false;
  const closed = new Promise<{ code: number }>((resolve) =>
    ws.once('close', (code) => {
      closedFlag = true;
      resolve({ code });
    }),
  );
  ws.on('error', () => undefined);
  ws.on('message', (data: Buffer) => {
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MESSAGE_AUTH) return;
      const kind = decoding.readVarUint(decoder);
      const text = decoding.readVarString(decoder);
      authReplies.push(kind === AuthMessageType.Authenticated ? `authenticated:${text}` : `denied:${text}`);
    } catch {
      // Not a message these tests look at.
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    authReplies,
    closed,
    isClosed: () => closedFlag,
    sendAuth(room, token) {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, room);
      encoding.writeVarUint(encoder, MESSAGE_AUTH);
      writeAuthentication(encoder, token);
      ws.send(encoding.toUint8Array(encoder));
    },
    sendUpdate(room, update) {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, room);
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, YJS_UPDATE);
      encoding.writeVarUint8Array(encoder, update);
      ws.send(encoding.toUint8Array(encoder));
    },
    close: () => ws.terminate(),
  };
}
