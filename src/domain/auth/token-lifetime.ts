/**
 * How long an API token lives, from the CLI's `--expires` text: `90d`, `12h` or `2w`.
 * Every token expires: a forgotten integration must not keep access for ever (at most 2 years).
 */
export const DEFAULT_TOKEN_LIFETIME = '90d';
export const MAX_TOKEN_DAYS = 730;

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

export type LifetimeResult = { ok: true; ms: number } | { ok: false; message: string };

export function parseLifetime(text: string): LifetimeResult {
  const m = /^(\d{1,5})([hdw])$/.exec(text.trim().toLowerCase());
  if (!m) {
    return {
      ok: false,
      message: `Ugyldig levetid "${text}": skriv fx 90d (dage), 12h (timer) eller 2w (uger)`,
    };
  }
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  if (ms <= 0) return { ok: false, message: 'Levetiden skal være større end 0' };
  if (ms > MAX_TOKEN_DAYS * UNIT_MS.d) {
    return { ok: false, message: `Levetiden må højst være ${MAX_TOKEN_DAYS} dage` };
  }
  return { ok: true, ms };
}
