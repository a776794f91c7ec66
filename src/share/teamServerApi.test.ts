import { describe, expect, it } from 'vitest';
import { tooManyRooms } from './teamServerApi';

describe("the team server's room limit, in words", () => {
  it('says when to try again, from Retry-After in seconds', () => {
    expect(tooManyRooms('3540')).toMatch(/Try again in 59 minutes\.$/);
    expect(tooManyRooms('20')).toMatch(/Try again in a minute\.$/);
    expect(tooManyRooms(null)).toMatch(/Try again later\.$/);
    expect(tooManyRooms('soon')).toMatch(/Try again later\.$/);
  });
});
