/**
 * No other site may show this server's pages inside a frame of its own (clickjacking: a hidden
 * "Share" or "Remove" button under a decoy). Browsers read `frame-ancestors` only from a header
 * (a <meta> policy cannot carry it), and older ones read X-Frame-Options instead, so every response
 * the server sends carries both.
 */
import type { ServerResponse } from 'node:http';

export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Sets both headers on a response before anything writes its head; a page's own policy then adds to it (withFrameAncestors). */
export function refuseFraming(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
  response.setHeader('X-Frame-Options', 'DENY');
}

/** A page's Content-Security-Policy with `frame-ancestors 'none'` added. */
export function withFrameAncestors(policy: string): string {
  return `${policy.trim().replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`;
}
