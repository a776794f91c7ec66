/**
 * Tells this tab's subscribers about stored changes, and (when a channel name is given and the
 * browser has BroadcastChannel) tells the other tabs too and passes theirs on.
 */
import type { StoredChange } from './repository';

export interface ChangeNotifier {
  /** After a write has been committed: local subscribers now, other tabs through the channel. */
  publish(change: StoredChange): void;
  subscribe(listener: (change: StoredChange) => void): () => void;
  close(): void;
}

function isStoredChange(data: unknown): data is StoredChange {
  if (data === null || typeof data !== 'object') return false;
  const { id, revision } = data as Record<string, unknown>;
  return typeof id === 'string' && typeof revision === 'number' && Number.isInteger(revision) && revision >= 0;
}

export function createChangeNotifier(channelName?: string): ChangeNotifier {
  const listeners = new Set<(change: StoredChange) => void>();
  const channel = channelName !== undefined && typeof globalThis.BroadcastChannel === 'function' ? new globalThis.BroadcastChannel(channelName) : undefined;

  const notifyLocal = (change: StoredChange): void => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One failing subscriber must neither stop the others nor turn a committed write into a
        // failed one; rethrown later so it is still reported.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isStoredChange(event.data)) notifyLocal({ id: event.data.id, revision: event.data.revision });
    };
  }

  return {
    publish(change) {
      notifyLocal(change);
      try {
        channel?.postMessage({ id: change.id, revision: change.revision });
      } catch {
        // A closed channel only costs the other tabs a live update; the write itself stands.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      if (channel) {
        channel.onmessage = null;
        channel.close();
      }
    },
  };
}
