import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESET_LIMITS, resetBlockedUntil } from './reset-throttle.ts';

const now = new Date('2026-12-01T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('resetBlockedUntil', () => {
  it.each([
    ['no requests', [], [], null],
    ['two for the address in the hour', [5, 10], [5, 10], null],
    ['three for the address in the hour', [5, 10, 50], [], '2026-12-01T12:10:00.000Z'],
    ['three, one older than the hour', [5, 10, 61], [], null],
    [
      '20 from one client address',
      [],
      Array.from({ length: 20 }, (_, i) => i + 1),
      '2026-12-01T12:40:00.000Z',
    ],
    ['19 from one client address', [], Array.from({ length: 19 }, (_, i) => i + 1), null],
  ])('%s', (_name, email: number[], address: number[], expected) => {
    const out = resetBlockedUntil(
      { byEmail: email.map(minutesAgo), byAddress: address.map(minutesAgo) },
      now,
    );
    expect(out?.toISOString() ?? null).toBe(expected);
  });

  it('allows a request exactly when fewer than the limit fall in the last hour (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 180 }), { maxLength: 10 }), (ago) => {
        const inHour = ago.filter((m) => m < 60).length;
        const blocked = resetBlockedUntil({ byEmail: ago.map(minutesAgo), byAddress: [] }, now);
        return (blocked === null) === inHour < RESET_LIMITS.perAccount.maxFailures;
      }),
    );
  });
});
