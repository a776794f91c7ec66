/**
 * A component whose code loads only when first wanted, kept out of the page's first JavaScript. Its
 * opener can start the load early (on hover or focus); a dialog asks `useLoaded(open)` and opens
 * once the code is here, so it opens whole, its first control focused by showModal as before.
 */
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface LoadedWhenWanted<P extends object> {
  /** Draws nothing until loaded: render it once `useLoaded` says so. */
  readonly Component: (props: P) => ReactNode;
  /** Starts the load, once. */
  readonly preload: () => void;
  /** True once the code is here; while `wanted`, starts the load and draws again when it is done. */
  readonly useLoaded: (wanted: boolean) => boolean;
}

export function loadWhenWanted<P extends object>(load: () => Promise<ComponentType<P>>): LoadedWhenWanted<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Asked again later, it tries again (a chunk missed while the network blinked).
        loading = null;
        throw error;
      },
    ));
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  function useLoaded(wanted: boolean): boolean {
    const [, setLoads] = useState(0);
    useEffect(() => {
      if (!wanted || loaded) return;
      let current = true;
      start().then(
        () => current && setLoads((count) => count + 1),
        (error: unknown) => console.error('Could not load this part of the app', error),
      );
      return () => {
        current = false;
      };
    }, [wanted]);
    return loaded !== null;
  }
  return { Component, preload: () => void start().catch(() => undefined), useLoaded };
}
