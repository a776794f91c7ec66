/**
 * Per-address limits: who a client is (its address, or behind a trusted proxy the address the
 * proxy saw; for IPv6 its /64 network), how many rooms it made in the last hour, and how many
 * connections it holds open.
 * Both are kept in memory, per instance, and bounded: entries go when they no longer count.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address. Only with `trustProxy` is X-Forwarded-For read, and then only its last
 * entry: the one our own proxy appended. Earlier entries are whatever the client chose to send.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const direct = normalise(request.socket.remoteAddress ?? 'unknown');
  if (!trustProxy) return direct;
  const header = request.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  const last = normalise(entries[entries.length - 1]?.trim() ?? '');
  return isIP(last) ? last : direct;
}

/**
 * What a per-address limit counts: an IPv4 address, or an IPv6 address's /64 network. One IPv6
 * client is usually given a whole /64, so counting single IPv6 addresses would limit nobody.
 */
export function limitKey(address: string): string {
  const plain = address.split('%')[0] ?? address;
  if (isIP(plain) !== 6) return plain;
  let groups: string[];
  const [head = '', tail] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // An IPv4 tail (::ffff:1.2.3.4 and kin) stands for two groups; only the first four matter here.
  const count = (list: string[]) => list.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  if (tail === undefined) groups = headGroups;
  else groups = [...headGroups, ...Array<string>(Math.max(0, 8 - count(headGroups) - count(tailGroups))).fill('0'), ...tailGroups];
  const network = groups.slice(0, 4).map((group) => (group.includes('.') ? group : parseInt(group || '0', 16).toString(16)));
  return `${network.join(':')}::/64`;
}

const HOUR_MS = 60 * 60 * 1000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** At most `perHour` events per key in any sliding hour. */
export function hourlyLimit(perHour: number, now: () => number = Date.now) {
  const events = new Map<string, number[]>();

  function recent(key: string, at: number): number[] {
    const kept = (events.get(key) ?? []).filter((time) => at - time < HOUR_MS);
    if (kept.length) events.set(key, kept);
    else events.delete(key);
    return kept;
  }

  return {
    take(key: string): RateDecision {
      const at = now();
      const kept = recent(key, at);
      if (kept.length >= perHour) {
        const oldest = kept[0] ?? at;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + HOUR_MS - at) / 1000)) };
      }
      kept.push(at);
      events.set(key, kept);
      return { allowed: true };
    },
    /** Forgets keys with nothing in the last hour (run now and then, so the map stays small). */
    prune(): void {
      const at = now();
      for (const key of [...events.keys()]) recent(key, at);
    },
    get size() {
      return events.size;
    },
  };
}

/** Open connections per key, up to `max` each. */
export function connectionCount(max: number) {
  const open = new Map<string, number>();
  let total = 0;
  return {
    /** Counts one more for `key`, unless it already holds `max`; returns whether it was counted. */
    tryOpen(key: string): boolean {
      const count = open.get(key) ?? 0;
      if (count >= max) return false;
      open.set(key, count + 1);
      total += 1;
      return true;
    },
    close(key: string): void {
      const count = open.get(key) ?? 0;
      if (count <= 1) open.delete(key);
      else open.set(key, count - 1);
      if (count > 0) total -= 1;
    },
    get total() {
      return total;
    },
  };
}
