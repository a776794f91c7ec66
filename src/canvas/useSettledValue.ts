import { useEffect, useState } from 'react';

/**
 * The value as it stood when it last stopped changing for `delayMs`: a typist's label reaches what
 * reads it once they pause, not on every keystroke.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
