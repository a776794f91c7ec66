/**
 * Registers the service worker that keeps the app offline (vite.config.ts) and, when a newer build has
 * been deployed and is waiting, says so quietly: "A new version is ready — Reload". Nothing reloads
 * until the user presses Reload, so no one loses what they are typing; autosave flushes on page hide.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';

/** How often an open tab asks the host whether a newer build is there (a navigation also asks). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function checkForUpdatesNowAndThen(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration) return;
  setInterval(() => {
    // Offline, the check fails; it is tried again next time.
    if (navigator.onLine) void registration.update().catch(() => undefined);
  }, UPDATE_CHECK_INTERVAL_MS);
}

export function UpdateNotice() {
  const {
    needRefresh: [updateWaiting],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: (_url, registration) => checkForUpdatesNowAndThen(registration) });

  if (!updateWaiting) return null;
  return (
    <div className="update-notice" role="status">
      <p>A new version is ready</p>
      {/* The new service worker takes over, then the page reloads itself on the new build. */}
      <button type="button" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
    </div>
  );
}
