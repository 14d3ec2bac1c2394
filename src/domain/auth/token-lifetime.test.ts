import { describe, expect, it } from 'vitest';
import { parseLifetime } from './token-lifetime.ts';

describe('parseLifetime', () => {
  it.each([
    ['90d', 90 * 86_400_000],
    ['12h', 12 * 3_600_000],
    ['2w', 14 * 86_400_000],
    [' 30D ', 30 * 86_400_000],
  ])('reads %s', (text, ms) => {
    expect(parseLifetime(text)).toEqual({ ok: true, ms });
  });

  it.each(['', '90', 'd90', 'never', '1y', '0d', '731d'])('refuses %j with a Danish message', (text) => {
    const r = parseLifetime(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/levetid/i);
  });
});
