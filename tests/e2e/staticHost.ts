/**
 * A tiny static web host for the offline tests: serves one build folder under a sub-path (as a
 * council intranet might), on a free 127.0.0.1 port, and can be switched to another folder to play
 * "a new version was deployed". Plain files, no caching rules of its own, like most static hosts.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticHost {
  /** The app's address, ending in the sub-path and '/'. */
  readonly url: string;
  /** From now on, answers from this build folder; `null`: the host is down (503 to everything). */
  serve(folder: string | null): void;
  close(): Promise<void>;
}

export async function startStaticHost(folder: string, subPath: string): Promise<StaticHost> {
  let root: string | null = resolve(folder);
  const prefix = `/${subPath}/`;
  const server: Server = createServer((request, response) => {
    if (root === null) {
      response.writeHead(503).end();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    const file = join(root, relative);
    if (relative.startsWith('..') || !file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    serve: (next) => {
      root = next === null ? null : resolve(next);
    },
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
