import { describe, expect, it } from 'vitest';
import { hashRoomIds, roomHash } from './log.js';

describe('room ids in log text', () => {
  it('are replaced by their hash wherever a library names one', () => {
    const room = 'AbCdEfGhIjKlMnOpQrStUv';
    expect(roomHash(room)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashRoomIds(`closing connection 1 (while handling ${room}) because of exception`)).toBe(
      `closing connection 1 (while handling room#${roomHash(room)}) because of exception`,
    );
  });

  it('leave longer words and ids, and their parts, alone', () => {
    const text = 'a-uuid-like-4f1c2b3a-9d8e-4c7b-a6f5-1e2d3c4b5a69 and AbCdEfGhIjKlMnOpQrStUvW';
    expect(hashRoomIds(text)).toBe(text);
  });
});
