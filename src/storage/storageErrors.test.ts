import { describe, expect, it } from 'vitest';
import { StorageError } from './repository';
import { describeStorageError, QUOTA_MESSAGE, toStorageError, UNAVAILABLE_MESSAGE, UNKNOWN_MESSAGE } from './storageErrors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Shaped like Dexie's errors: their own name, the original kept in `inner`. */
function dexieStyleError(name: string, inner?: unknown): Error {
  return Object.assign(new Error(`${name} wrapper`), { name, inner });
}

describe('toStorageError', () => {
  it.each([
    ['a QuotaExceededError DOMException', quota()],
    ['a Dexie error wrapping one', dexieStyleError('QuotaExceededError', quota())],
    ['an AbortError wrapping one in inner', dexieStyleError('AbortError', quota())],
    ['an AbortError wrapping one in cause', new Error('aborted', { cause: quota() })],
    ['two levels of wrapping', dexieStyleError('AbortError', dexieStyleError('QuotaExceededError', quota()))],
  ])('recognises a full disk in %s', (_, error) => {
    const mapped = toStorageError(error, 'save the model');
    expect(mapped).toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE, cause: error });
  });

  it("finds a full disk in the transaction's own error when the request only says AbortError", () => {
    const requestError = dexieStyleError('AbortError', new DOMException('aborted', 'AbortError'));
    expect(toStorageError(requestError, 'save the model').kind).toBe('unknown');
    expect(toStorageError(requestError, 'save the model', quota()).kind).toBe('quota');
  });

  it('calls a closed or missing database unavailable, and anything else unknown, saying what failed', () => {
    expect(toStorageError(dexieStyleError('DatabaseClosedError'), 'read the model').kind).toBe('unavailable');
    const other = toStorageError(new TypeError('boom'), 'read the model');
    expect(other).toMatchObject({ kind: 'unknown', message: "The browser's storage could not read the model: boom" });
  });

  it('passes a StorageError through unchanged and survives a cycle of wrappers', () => {
    const original = new StorageError('quota', QUOTA_MESSAGE);
    expect(toStorageError(original, 'save the model')).toBe(original);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(toStorageError(loop, 'save the model').kind).toBe('unknown');
  });
});

describe('describeStorageError', () => {
  it('gives the banner text for each kind of problem', () => {
    expect(describeStorageError(new StorageError('quota', 'technical detail'))).toBe(QUOTA_MESSAGE);
    expect(describeStorageError(new StorageError('unavailable', 'technical detail'))).toBe(UNAVAILABLE_MESSAGE);
    expect(describeStorageError(new StorageError('unknown', 'technical detail'))).toBe(UNKNOWN_MESSAGE);
    expect(describeStorageError(dexieStyleError('AbortError', quota()))).toBe(QUOTA_MESSAGE);
    expect(describeStorageError('something odd')).toBe(UNKNOWN_MESSAGE);
  });
});
