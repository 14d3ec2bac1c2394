/**
 * Cell values as a Danish case officer types them in Excel → the values the domain schemas take.
 * Only the carrier is translated here (date formats, Danish words for kinds and roles); whether
 * the value is acceptable is the domain schemas' job.
 */
import { isMonthDay } from '../../domain/registry/field-schemas.ts';
import type { DepartmentKind, OrganisationKind, PersonRole } from '../../domain/registry/types.ts';
import { isIsoDate, isoDate } from '../../domain/shared/iso-date.ts';
import type { RowType } from './columns.ts';

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(message: string): Cell<T> => ({ ok: false, message });

/** Lower case, trimmed, æ/ø/å kept: the form words are compared in. */
function word(text: string): string {
  return text.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');
}

export function parseRowType(text: string): Cell<RowType> {
  const w = word(text);
  if (w === 'organisation' || w === 'boligorganisation') return ok('organisation');
  if (w === 'afdeling') return ok('afdeling');
  if (w === 'person') return ok('person');
  return fail(
    w === ''
      ? 'Type skal udfyldes: organisation, afdeling eller person'
      : `Typen »${text.trim()}« kendes ikke: skriv organisation, afdeling eller person`,
  );
}

/**
 * A date as Danes type it, or as ISO: 31-12-2019, 31.12.2019, 31/12/2019, 2019-12-31. Blank is null.
 * Two-digit years are refused: "19" could be 1919 or 2019.
 */
export function parseDateCell(text: string, label: string): Cell<string | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  let iso: string | null = null;
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  if (danish) iso = isoDate(Number(danish[3]), Number(danish[2]), Number(danish[1]));
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  if (iso === null || !isIsoDate(iso)) {
    return fail(`${label} »${t}« er ikke en gyldig dato (skriv dd-mm-åååå, fx 01-01-2024)`);
  }
  return ok(iso);
}

const MONTH_DAY_HINT = 'skriv dag og måned, fx 31-12 eller 31-03';

/**
 * An accounting year end → "MM-DD". Danes write day first ("31-03"); Excel may have turned it into
 * a full date ("31-03-2025", the year is dropped). "MM-DD" ("03-31") is accepted when it cannot be
 * read the other way. Blank is null (the schema's default, 12-31, applies).
 */
export function parseMonthDayCell(text: string, label: string): Cell<string | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  const m = /^(\d{1,2})[-./](\d{1,2})(?:[-./](\d{4}))?$/.exec(t);
  if (!m) return fail(`${label} »${t}« kan ikke læses (${MONTH_DAY_HINT})`);
  const a = Number(m[1]);
  const b = Number(m[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  let monthDay: string | null = null;
  if (m[3] !== undefined || (a > 12 && b <= 12))
    monthDay = `${pad(b)}-${pad(a)}`; // day-month
  else if (b > 12 && a <= 12)
    monthDay = `${pad(a)}-${pad(b)}`; // month-day
  else if (a >= 1 && b >= 1 && a <= 12 && b <= 12) {
    // Both readings are possible (e.g. 03-04); an accounting year nearly always ends on the last
    // day of a month, which is never ≤ 12, so this is most likely a typing error.
    return fail(`${label} »${t}« kan læses på to måder (${MONTH_DAY_HINT})`);
  }
  if (monthDay === null || !isMonthDay(monthDay))
    return fail(`${label} »${t}« er ikke en gyldig dag (${MONTH_DAY_HINT})`);
  return ok(monthDay);
}

export function parseOrganisationKind(text: string): Cell<OrganisationKind> {
  const w = word(text);
  if (['boligorganisation', 'almen boligorganisation', 'boligselskab', 'boligforening'].includes(w)) {
    return ok('housingOrganisation');
  }
  if (['administrationsorganisation', 'administrationsselskab'].includes(w))
    return ok('administrationOrganisation');
  return fail(
    w === ''
      ? 'Art skal udfyldes: boligorganisation eller administrationsorganisation'
      : `Arten »${text.trim()}« kendes ikke for en organisation: skriv boligorganisation eller administrationsorganisation`,
  );
}

export function parseDepartmentKind(text: string): Cell<DepartmentKind> {
  const w = word(text)
    .replace(/s?boliger$/, '')
    .replace('aeldre', 'ældre');
  if (w === 'familie') return ok('family');
  if (w === 'ældre') return ok('elderly');
  if (w === 'ungdom') return ok('youth');
  return fail(
    w === ''
      ? 'Art skal udfyldes: familie, ældre eller ungdom'
      : `Arten »${text.trim()}« kendes ikke for en afdeling: skriv familie, ældre eller ungdom`,
  );
}

const ROLE_WORDS: Record<string, PersonRole['kind']> = {
  embedsmand: 'official',
  medarbejder: 'official',
  borgmester: 'mayor',
  kommunalbestyrelsesmedlem: 'councilMember',
  byrådsmedlem: 'councilMember',
  bestyrelsesformand: 'boardChair',
  formand: 'boardChair',
  næstformand: 'boardViceChair',
  bestyrelsesmedlem: 'boardMember',
  administrationsmedarbejder: 'administratorStaff',
  administrator: 'administratorStaff',
};

/** The role word, or null when the cell is blank (a person without a role). */
export function parseRoleKind(text: string): Cell<PersonRole['kind'] | null> {
  const w = word(text);
  if (w === '') return ok(null);
  const kind = ROLE_WORDS[w];
  return kind
    ? ok(kind)
    : fail(
        `Rollen »${text.trim()}« kendes ikke: skriv embedsmand, borgmester, kommunalbestyrelsesmedlem, ` +
          'bestyrelsesformand, næstformand, bestyrelsesmedlem eller administrationsmedarbejder',
      );
}

/** "707", "707 Norddjurs" or "707 - Norddjurs Kommune" → "707"; anything else goes to the schema as typed. */
export function municipalityFromCell(text: string): string {
  const m = /^\s*(\d{3})(?:\s*(?:-\s*)?[^\d\s].*)?$/.exec(text);
  return m?.[1] ?? text.trim();
}

/** "1.200" (Excel's thousands grouping in Danish) → "1200"; other text unchanged for the schema. */
export function homesFromCell(text: string): string {
  const t = text.trim();
  return /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replaceAll('.', '') : t;
}
