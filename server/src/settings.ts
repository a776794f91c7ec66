/**
 * The team server's settings, read from the environment once at start. Every limit has a default
 * fit for a partnership's server; the README's settings table lists them all. A bad value stops the
 * start with a sentence naming the setting, rather than running with a limit nobody asked for.
 */
import { signInFromEnvironment, type SignInConfig } from './signInSettings.js';

export interface Limits {
  /** Rooms one client address may create in an hour; past it, POST /api/rooms answers 429. */
  roomsPerAddressPerHour: number;
  /** Open collaboration connections (websockets) from one client address. */
  connectionsPerAddress: number;
  /** The largest document a room may hold: writes that would take it past this are refused. */
  maxDocumentBytes: number;
  /** The largest websocket message: a larger one closes that connection. */
  maxMessageBytes: number;
  /** Bytes waiting to go to one client that is not reading: past it, that client is dropped. */
  maxSendBufferBytes: number;
  /** How long a client may take to send a request's headers, and the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How long a graceful stop may take before the process gives up and exits 1. */
  stopTimeoutMs: number;
}

export interface TeamServerConfig {
  host: string;
  port: number;
  dataDir: string;
  distDir: string;
  redisUrl?: string;
  databaseUrl?: string;
  /** Believe X-Forwarded-For (its last address, the one our own proxy added) for the client's address. */
  trustProxy: boolean;
  /** Prometheus metrics on their own address; off when metricsPort is undefined. */
  metricsHost: string;
  metricsPort?: number;
  limits: Limits;
  /** Signing in with identity providers; undefined when none is named (links only, as ever). */
  signIn?: SignInConfig;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  roomsPerAddressPerHour: 30,
  connectionsPerAddress: 100,
  maxDocumentBytes: 10 * MB,
  maxMessageBytes: 5 * MB,
  // One whole document and one message in flight is what a healthy, reading client can have queued.
  maxSendBufferBytes: 15 * MB,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  stopTimeoutMs: 10_000,
};

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${text}".`);
  return value;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number | undefined): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, not "${text}".`);
  return value;
}

function yes(env: NodeJS.ProcessEnv, name: string): boolean {
  const text = (env[name] ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(text)) return false;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  throw new Error(`${name} must be on or off (1 or 0), not "${env[name]}".`);
}

export function configFromEnvironment(env: NodeJS.ProcessEnv): TeamServerConfig {
  const maxDocumentBytes = whole(env, 'MAX_DOCUMENT_BYTES', DEFAULT_LIMITS.maxDocumentBytes);
  const maxMessageBytes = whole(env, 'MAX_MESSAGE_BYTES', DEFAULT_LIMITS.maxMessageBytes);
  const headersTimeoutMs = 1000 * whole(env, 'HEADERS_TIMEOUT_SECONDS', DEFAULT_LIMITS.headersTimeoutMs / 1000);
  const requestTimeoutMs = 1000 * whole(env, 'REQUEST_TIMEOUT_SECONDS', DEFAULT_LIMITS.requestTimeoutMs / 1000);
  if (requestTimeoutMs < headersTimeoutMs) throw new Error('REQUEST_TIMEOUT_SECONDS must be at least HEADERS_TIMEOUT_SECONDS.');
  return {
    host: env.HOST || '127.0.0.1',
    port: port(env, 'PORT', 8080) ?? 8080,
    dataDir: env.DATA_DIR || 'data',
    distDir: env.DIST_DIR || 'dist',
    redisUrl: env.REDIS_URL || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    trustProxy: yes(env, 'TRUST_PROXY'),
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    metricsPort: port(env, 'METRICS_PORT', undefined),
    signIn: signInFromEnvironment(env),
    limits: {
      roomsPerAddressPerHour: whole(env, 'ROOMS_PER_ADDRESS_PER_HOUR', DEFAULT_LIMITS.roomsPerAddressPerHour),
      connectionsPerAddress: whole(env, 'CONNECTIONS_PER_ADDRESS', DEFAULT_LIMITS.connectionsPerAddress),
      maxDocumentBytes,
      maxMessageBytes,
      maxSendBufferBytes: whole(env, 'MAX_SEND_BUFFER_BYTES', maxDocumentBytes + maxMessageBytes),
      headersTimeoutMs,
      requestTimeoutMs,
      stopTimeoutMs: 1000 * whole(env, 'STOP_TIMEOUT_SECONDS', DEFAULT_LIMITS.stopTimeoutMs / 1000),
    },
  };
}
