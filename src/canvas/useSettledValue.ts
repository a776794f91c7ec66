import { useEffect, useState } from 'react';

/**
 * The value as it stood when it last stopped changing for `delayMs`: a typist's label reaches what
 * reads it once they pause, not on every keystroke. When `source` changes (the canvas shows another
 * model: a saved version, a comparison), the value is taken at once: nothing is being typed.
 */
export function useSettledValue<T>(value: T, delayMs: number, source?: unknown): T {
  const [settled, setSettled] = useState(value);
  const [settledFrom, setSettledFrom] = useState(source);
  const newSource = !Object.is(source, settledFrom);
  if (newSource) {
    setSettledFrom(source);
    setSettled(value);
  }
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return newSource ? value : settled;
}
