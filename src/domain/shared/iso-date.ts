/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Domain code never reads the clock:
 * callers pass `today`. String comparison of ISO dates orders them correctly.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds days to an ISO date (UTC arithmetic, no time zone involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True when `date` lies in the closed interval [from, to]; a null bound is open. */
export function withinInterval(date: IsoDate, from: IsoDate | null, to: IsoDate | null): boolean {
  return (from === null || from <= date) && (to === null || date <= to);
}

/** True when the intervals [aFrom, aTo] and [bFrom, bTo] share at least one day. */
export function intervalsOverlap(
  aFrom: IsoDate | null,
  aTo: IsoDate | null,
  bFrom: IsoDate | null,
  bTo: IsoDate | null,
): boolean {
  return (aFrom === null || bTo === null || aFrom <= bTo) && (bFrom === null || aTo === null || bFrom <= aTo);
}

/** "2024-03-01" → "01-03-2024": dd-mm-yyyy, the way Danish users and agenda systems write dates. */
export function danishDate(date: IsoDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}
