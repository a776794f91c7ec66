/**
 * Where the team server keeps each room: its link generation and its Yjs document (one state
 * update). The same store holds both, so a room and its links move together (one SQLite file, or
 * one PostgreSQL database shared by several instances).
 */
export interface RoomStore {
  /**
   * The secret that signs links, made on first use. Every instance that shares this store must
   * sign with the same one, so it lives with the rooms.
   */
  linkSecret(): Promise<Buffer>;
  /** Records a new room at generation 1. */
  createRoom(room: string): Promise<void>;
  /** The room's current link generation, or undefined if there is no such room. */
  generationOf(room: string): Promise<number | undefined>;
  /** Moves the room's generation on by one (atomically) and returns the new one. */
  nextGeneration(room: string): Promise<number>;
  fetchDocument(room: string): Promise<Uint8Array | null>;
  storeDocument(room: string, state: Uint8Array): Promise<void>;
  /** Resolves once the store answers a trivial query: the server's readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const FIRST_GENERATION = 1;
