/**
 * Prometheus metrics (prom-client), served in the text format on an address of their own
 * (METRICS_HOST:METRICS_PORT, /metrics) and only when METRICS_PORT is set. No metric has a room,
 * a token or a link among its labels: the labels are fixed words (a reason, a limit's name).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface ServerMetrics {
  registry: Registry;
  connections: Gauge;
  documentConnections: Gauge;
  openRooms: Gauge;
  roomsCreated: Counter;
  messagesIn: Counter;
  messagesOut: Counter;
  refusedWrites: Counter<'reason'>;
  authFailures: Counter<'reason'>;
  limitHits: Counter<'limit'>;
  documentBytes: Histogram;
  storeSeconds: Histogram;
}

export function createMetrics(read: { connections(): number; documentConnections(): number; openRooms(): number }): ServerMetrics {
  const registry = new Registry();
  // Process memory and CPU, and the event loop's lag (nodejs_eventloop_lag_*).
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const registers = [registry];
  return {
    registry,
    connections: new Gauge({
      name: 'team_server_connections',
      help: 'Open collaboration websockets.',
      registers,
      collect() {
        this.set(read.connections());
      },
    }),
    documentConnections: new Gauge({
      name: 'team_server_document_connections',
      help: 'Admitted connections to a room (one websocket may hold several).',
      registers,
      collect() {
        this.set(read.documentConnections());
      },
    }),
    openRooms: new Gauge({
      name: 'team_server_open_rooms',
      help: 'Rooms whose document is loaded on this instance.',
      registers,
      collect() {
        this.set(read.openRooms());
      },
    }),
    roomsCreated: new Counter({ name: 'team_server_rooms_created_total', help: 'Rooms made through POST /api/rooms.', registers }),
    messagesIn: new Counter({ name: 'team_server_messages_received_total', help: 'Collaboration messages received from admitted connections.', registers }),
    messagesOut: new Counter({ name: 'team_server_messages_sent_total', help: 'Collaboration messages sent to admitted connections.', registers }),
    refusedWrites: new Counter({
      name: 'team_server_refused_writes_total',
      help: 'Writes refused: "document-size" (past the largest document), "read-only" (a viewer), "not-author" (someone else\'s comment).',
      labelNames: ['reason'],
      registers,
    }),
    authFailures: new Counter({
      name: 'team_server_auth_failures_total',
      help: 'Refused connections: "permission-denied", "links-replaced", "links-off" (links turned off), "not-shared" (not named on the model).',
      labelNames: ['reason'],
      registers,
    }),
    limitHits: new Counter({
      name: 'team_server_limit_hits_total',
      help: 'Requests or connections refused or dropped by a limit.',
      labelNames: ['limit'],
      registers,
    }),
    documentBytes: new Histogram({
      name: 'team_server_document_bytes',
      help: 'Size of each document written to the store.',
      buckets: [1_000, 10_000, 100_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000],
      registers,
    }),
    storeSeconds: new Histogram({
      name: 'team_server_store_seconds',
      help: 'Time to write one document to the store (SQLite or PostgreSQL).',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
  };
}

/** Serves GET /metrics on its own address; everything else is 404. */
export async function serveMetrics(registry: Registry, host: string, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://metrics').pathname !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
