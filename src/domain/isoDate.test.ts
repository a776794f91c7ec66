import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateOf, monthsBefore, ukLongDate } from './isoDate';

describe('ISO dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(['2024-02-29', '2000-02-29', '2026-12-01', '2026-04-30', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2025-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-13-01', '2026-1-1', '01/12/2026', '', 20261201, null].some(isIsoDate)).toBe(false);
  });

  it('counts months back, to the month end when the day does not exist', () => {
    expect(monthsBefore('2026-12-01', 12)).toBe('2025-12-01');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('writes a date as a UK reader does, and takes the local date of a moment', () => {
    expect(ukLongDate('2026-12-01')).toBe('1 December 2026');
    expect(isoDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
