/**
 * Words the server sends a client when it closes its connection, which the app reads
 * (src/share/links.ts recognises each by its opening words; src/share/links.test.ts checks these).
 * Plain constants with no imports, so the app's tests can read them.
 */

/** Sent to every client on a graceful stop; the app shows "The team server is restarting". */
export const SERVER_RESTARTING = 'The team server is restarting. Your copy stays on this computer and reconnects by itself.';

/** Sent with a refused write, when the room's document is at the largest size allowed. */
export const DOCUMENT_TOO_LARGE = "This model has reached the team server's size limit: changes made here now stay on this computer.";
