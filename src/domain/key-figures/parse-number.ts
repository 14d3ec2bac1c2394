/**
 * A number as a Danish spreadsheet or person writes it: `12,5` (comma as decimal sign), `12.5`,
 * `1.234,5` (point as thousands separator when a comma follows), a leading minus. Anything else
 * is not a number. Pure; the message is Danish and says how to write it.
 */
export type NumberRead = { ok: true; value: number } | { ok: false; message: string };

export function parseDanishNumber(text: string): NumberRead {
  const t = text.trim().replace(/\u00a0| /g, '');
  if (t === '') return { ok: false, message: 'Værdien skal udfyldes med et tal' };
  let normal: string | null = null;
  if (/^-?\d+(,\d+)?$/.test(t)) normal = t.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(t)) normal = t;
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  if (normal === null) {
    return { ok: false, message: `»${text.trim()}« er ikke et tal. Skriv fx 12,5 eller 1234` };
  }
  return { ok: true, value: Number(normal) };
}
