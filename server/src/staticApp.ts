/**
 * Serves the built editor (dist/) with the Content-Security-Policy the build wrote into its
 * index.html, sent as a header as well (with `frame-ancestors 'none'`, framing.ts), so the app loads
 * nothing from anywhere but this server and no other site can frame it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { withFrameAncestors } from './framing.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/;

export interface StaticApp {
  /** Whether a built app was found; without one the server still runs rooms and the API. */
  readonly found: boolean;
  serve(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export function staticApp(distDir: string): StaticApp {
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  const found = existsSync(indexPath);
  const builtPolicy = found ? CSP_META.exec(readFileSync(indexPath, 'utf8'))?.[1] : undefined;
  // The built policy, plus what only a header can say: no other site may frame the app.
  const contentSecurityPolicy = builtPolicy ? withFrameAncestors(builtPolicy) : undefined;

  async function fileFor(urlPath: string): Promise<string | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const path = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    try {
      return (await stat(path)).isFile() ? path : undefined;
    } catch {
      return undefined;
    }
  }

  return {
    found,
    async serve(request, response) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = new URL(request.url ?? '/', 'http://server').pathname;
      const path = found ? await fileFor(urlPath) : undefined;
      if (!path) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(found ? 'Not found.\n' : 'The editor is not built here: run npm run build, then start the server again.\n');
        return;
      }
      const body = await readFile(path);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        // Built assets carry a content hash in their names; the page itself must always be fresh.
        'Cache-Control': path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(contentSecurityPolicy ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    },
  };
}
