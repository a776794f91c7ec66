import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, connectionCount, hourlyLimit, limitKey } from './limits.js';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe("a client's address", () => {
  it('is the socket’s, with IPv4-mapped IPv6 written as IPv4, and X-Forwarded-For ignored', () => {
    expect(clientAddress(request('::ffff:10.0.0.5', '203.0.113.9'), false)).toBe('10.0.0.5');
    expect(clientAddress(request('2001:db8::1'), false)).toBe('2001:db8::1');
  });

  it('behind a trusted proxy is the last X-Forwarded-For entry, or the socket’s when that is no address', () => {
    expect(clientAddress(request('10.0.0.1', '198.51.100.7, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddress(request('10.0.0.1', 'not-an-address'), true)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1'), true)).toBe('10.0.0.1');
  });
});

describe('what a per-address limit counts', () => {
  it('is an IPv4 address itself, and an IPv6 address’s /64 network however it is written', () => {
    expect(limitKey('203.0.113.9')).toBe('203.0.113.9');
    expect(limitKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(limitKey('2001:0db8:00aa:00bb::99')).toBe('2001:db8:aa:bb::/64');
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

describe('an hourly limit', () => {
  it('allows so many per key in a sliding hour, then says when the oldest one leaves it', () => {
    let now = 0;
    const limit = hourlyLimit(2, () => now);
    expect(limit.take('a')).toEqual({ allowed: true });
    now = 10 * 60_000;
    expect(limit.take('a')).toEqual({ allowed: true });
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterSeconds: 50 * 60 });
    expect(limit.take('b')).toEqual({ allowed: true });
    now = 60 * 60_000;
    expect(limit.take('a')).toEqual({ allowed: true });
  });

  it('forgets keys with nothing left in the hour', () => {
    let now = 0;
    const limit = hourlyLimit(5, () => now);
    limit.take('a');
    limit.take('b');
    now = 61 * 60_000;
    limit.prune();
    expect(limit.size).toBe(0);
  });
});

describe('a connection count', () => {
  it('holds at most so many per key, and frees one as it closes', () => {
    const count = connectionCount(2);
    expect([count.tryOpen('a'), count.tryOpen('a'), count.tryOpen('a'), count.tryOpen('b')]).toEqual([true, true, false, true]);
    expect(count.total).toBe(3);
    count.close('a');
    expect(count.tryOpen('a')).toBe(true);
    count.close('x');
    expect(count.total).toBe(3);
  });
});
