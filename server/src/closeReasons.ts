/**
 * Words the server sends a client when it closes its connection, which the app reads
 * (src/share/links.ts recognises each by its opening words; src/share/links.test.ts checks these).
 * Plain constants with no imports, so the app's tests can read them.
 */

/** Sent to every client on a graceful stop; the app shows "The team server is restarting". */
export const SERVER_RESTARTING = 'The team server is restarting. Your copy stays on this computer and reconnects by itself.';

/** Sent with a refused write, when the room's document is at the largest size allowed. */
export const DOCUMENT_TOO_LARGE = "This model has reached the team server's size limit: changes made here now stay on this computer.";

/** Sent to a named person's connection when an editor removes them from the model. */
export const ACCESS_REMOVED = 'Your access to this model was removed. Your copy stays on this computer.';

/** Sent when a named person's role is lowered: the app reconnects and is let in with the new role. */
export const ACCESS_CHANGED = 'Your access to this model was changed. Reconnecting with your new access.';

/** Sent to, and refused for, anyone on a link once links are turned off for the model or the server. */
export const LINKS_OFF = 'Links to this model are turned off. Sign in to open it, if it has been shared with you by name; your copy stays on this computer.';

/** Refused: a named person's link for someone who is not signed in, or not among the model's people. */
export const NOT_SHARED_WITH_YOU = 'This model has not been shared with you by name. Sign in with the account it was shared with, or ask whoever shared it.';

/** Sent to a named person's connection once their sign-in has ended (signed out, or expired). */
export const SIGNED_OUT = 'You are signed out of the team server. Sign in again to carry on; your copy stays on this computer.';
