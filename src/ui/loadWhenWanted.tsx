/**
 * A component whose code loads only when first wanted, kept out of the page's first JavaScript. Its
 * opener can start the load early (on hover or focus); once loaded it is drawn at once, with no
 * Suspense fallback, so a dialog opened after the load behaves as if its code had always been there.
 */
import { lazy, type ComponentType, type ReactNode } from 'react';

export function loadWhenWanted<P extends object>(load: () => Promise<ComponentType<P>>): { Component: (props: P) => ReactNode; preload: () => void } {
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
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload: () => void start().catch(() => undefined) };
}

/** For a modal dialog whose content came after it opened: the first control takes focus, as showModal would have given it. */
export function focusFirstControlOf(dialog: HTMLDialogElement | null): void {
  if (!dialog?.open || (document.activeElement !== dialog && dialog.contains(document.activeElement))) return;
  dialog.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])')?.focus();
}
