/**
 * Turns whatever IndexedDB or Dexie threw into a StorageError, and a StorageError into the sentence
 * the banner shows. A full disk can arrive as a QuotaExceededError DOMException, as an AbortError
 * whose cause is one, as a Dexie error that keeps the original in `.inner`, or only as the aborted
 * IDBTransaction's `error` while the request itself reports a bare AbortError.
 */
import { StorageError } from './repository';

const QUOTA_EXCEEDED = 'QuotaExceededError';
/** Legacy DOMException code of QuotaExceededError, still the only clue in some older engines. */
const QUOTA_EXCEEDED_CODE = 22;
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'SecurityError']);

export const QUOTA_MESSAGE =
  "Your browser's storage is full, so the latest changes are not saved. Keep working — export the model to a file to keep it, and free some space.";
export const UNAVAILABLE_MESSAGE =
  'This browser is not letting Outcome Chains store models (IndexedDB is unavailable), so your work is kept in this tab only. Export your model to a file to keep it.';
export const UNKNOWN_MESSAGE =
  "The browser's storage reported a problem, so the latest changes may not be saved. Keep working — export the model to a file to keep it.";

/** The error itself, then what it wraps (Dexie's `inner`, the standard `cause`), a few levels deep. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== null && current !== undefined && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    const wrapper = current as { inner?: unknown; cause?: unknown };
    current = typeof current === 'object' ? (wrapper.inner ?? wrapper.cause) : undefined;
  }
  return chain;
}

function nameOf(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : undefined;
}

function isQuotaExceeded(error: unknown): boolean {
  if (nameOf(error) === QUOTA_EXCEEDED) return true;
  return typeof DOMException === 'function' && error instanceof DOMException && error.code === QUOTA_EXCEEDED_CODE;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/**
 * `action` completes "could not …", e.g. "save the model". `transactionError` is the IDBTransaction's
 * own error, when known: the only place some engines say why they aborted.
 */
export function toStorageError(error: unknown, action: string, transactionError?: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const chain = [...errorChain(error), ...errorChain(transactionError)];
  if (chain.some(isQuotaExceeded)) return new StorageError('quota', QUOTA_MESSAGE, error);
  const unavailable = chain.some((link) => UNAVAILABLE_NAMES.has(nameOf(link) ?? ''));
  return new StorageError(unavailable ? 'unavailable' : 'unknown', `The browser's storage could not ${action}: ${messageOf(error)}`, error);
}

/** The plain-English banner text for a failed storage operation. */
export function describeStorageError(error: unknown): string {
  const storageError = error instanceof StorageError ? error : toStorageError(error, 'complete the operation');
  switch (storageError.kind) {
    case 'quota':
      return QUOTA_MESSAGE;
    case 'unavailable':
      return UNAVAILABLE_MESSAGE;
    case 'unknown':
      return UNKNOWN_MESSAGE;
  }
}
