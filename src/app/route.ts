/** Hash routes, so every model has its own URL and back/forward work without a server. */
import { useSyncExternalStore } from 'react';

export type Route = { page: 'home' } | { page: 'model'; id: string } | { page: 'plan'; id: string } | { page: 'join'; room: string; token: string };

/** A share link's route (src/share/links.ts): `#/join/<room>/<token>`. */
const JOIN = /^#\/join\/([^/?#]+)\/([^/?#]+)$/;

export function parseRoute(hash: string): Route {
  const join = JOIN.exec(hash);
  if (join?.[1] && join[2]) {
    try {
      return { page: 'join', room: decodeURIComponent(join[1]), token: decodeURIComponent(join[2]) };
    } catch {
      return { page: 'home' };
    }
  }
  const plan = /^#\/plans\/([^/?#]+)$/.exec(hash);
  if (plan?.[1]) {
    try {
      return { page: 'plan', id: decodeURIComponent(plan[1]) };
    } catch {
      return { page: 'home' };
    }
  }
  const match = /^#\/models\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) {
    try {
      return { page: 'model', id: decodeURIComponent(match[1]) };
    } catch {
      // A mangled address (e.g. a lone "%") leads home rather than to a blank page.
      return { page: 'home' };
    }
  }
  return { page: 'home' };
}

export function modelHref(id: string): string {
  return `#/models/${encodeURIComponent(id)}`;
}

export function planHref(id: string): string {
  return `#/plans/${encodeURIComponent(id)}`;
}

export const HOME_HREF = '#/';

export function goTo(href: string): void {
  window.location.hash = href.slice(1);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
