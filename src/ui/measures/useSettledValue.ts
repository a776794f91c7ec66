import { useEffect, useState } from 'react';

/**
 * A value as it stood once it stopped changing for `quietMs`: what is slow to draw from it (a
 * measure's chart and trend words) follows the typing when it pauses, not each keystroke.
 */
export function useSettledValue<T>(value: T, quietMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), quietMs);
    return () => clearTimeout(timer);
  }, [value, settled, quietMs]);
  return settled;
}
