/**
 * The per-address limits as the server uses them: rooms made per hour, and open connections. One
 * instance keeps them in memory (limits.ts). With REDIS_URL, every instance counts in Redis through
 * rate-limiter-flexible, so an address gets its allowance once across all instances, not once per
 * instance. Should Redis stop answering, each instance falls back to counting in memory (the
 * limiter's insurance) rather than refusing everyone or no one.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { connectionCount, hourlyLimit, type RateDecision } from './limits.js';
import type { Limits } from './settings.js';

export interface AddressLimits {
  /** Counts one room creation for this address, or says when it may make one again. */
  takeRoom(key: string): Promise<RateDecision>;
  /** Counts one more open connection for this address, unless it holds its allowance already. */
  openConnection(key: string): Promise<boolean>;
  /** Gives back a connection that openConnection counted. */
  closeConnection(key: string): void;
  /** Open connections on this instance (the metrics' gauge). */
  readonly openOnThisInstance: number;
  /** Resolves once every give-back has reached the store (before the store's client closes). */
  settle(): Promise<void>;
  stop(): void;
}

const HOUR_SECONDS = 3600;
/**
 * An instance that dies cannot give back its connections; in Redis an address's count is forgotten
 * this long after its first connection in a window, so a crash never locks an address out for longer.
 */
const CONNECTION_COUNT_SECONDS = 6 * HOUR_SECONDS;

export function memoryLimits(limits: Limits): AddressLimits {
  const rooms = hourlyLimit(limits.roomsPerAddressPerHour);
  const connections = connectionCount(limits.connectionsPerAddress);
  const prune = setInterval(() => rooms.prune(), 60_000);
  prune.unref();
  return {
    takeRoom: async (key) => rooms.take(key),
    openConnection: async (key) => connections.tryOpen(key),
    closeConnection: (key) => connections.close(key),
    get openOnThisInstance() {
      return connections.total;
    },
    settle: async () => undefined,
    stop: () => clearInterval(prune),
  };
}

function isRefusal(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}

export function redisLimits(limits: Limits, redis: Redis): AddressLimits {
  const roomOptions = { keyPrefix: 'outcome-chains:rooms-per-hour', points: limits.roomsPerAddressPerHour, duration: HOUR_SECONDS };
  const rooms = new RateLimiterRedis({ ...roomOptions, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(roomOptions) });
  const connectionOptions = { keyPrefix: 'outcome-chains:connections', points: limits.connectionsPerAddress, duration: CONNECTION_COUNT_SECONDS };
  const connections = new RateLimiterRedis({
    ...connectionOptions,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(connectionOptions),
  });
  let open = 0;
  const pending = new Set<Promise<unknown>>();
  const track = (promise: Promise<unknown>) => {
    const settled = promise.catch(() => undefined).finally(() => pending.delete(settled));
    pending.add(settled);
  };

  return {
    async takeRoom(key) {
      try {
        await rooms.consume(key);
        return { allowed: true };
      } catch (error) {
        if (!isRefusal(error)) throw error;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
    },
    async openConnection(key) {
      try {
        await connections.consume(key);
        open += 1;
        return true;
      } catch (error) {
        if (!isRefusal(error)) throw error;
        // A refused consume has still counted the point: give it back.
        track(connections.reward(key));
        return false;
      }
    },
    closeConnection(key) {
      open = Math.max(0, open - 1);
      track(connections.reward(key));
    },
    get openOnThisInstance() {
      return open;
    },
    async settle() {
      await Promise.all([...pending]);
    },
    stop: () => undefined,
  };
}
