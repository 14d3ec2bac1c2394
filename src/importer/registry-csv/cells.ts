/**
 * Cell values as a Danish case officer types them in Excel → the values the domain schemas take.
 * Only the carrier is translated here (date formats, Danish words for kinds and roles); whether
 * the value is acceptable is the domain schemas' job.
 */
import type { DepartmentKind, OrganisationKind, PersonRole } from '../../domain/registry/types.ts';
import { parseDate } from '../../domain/shared/date-input.ts';
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
 * A date cell: dd-mm-åååå as Danes type it (also with . or /), or ISO; blank is null.
 * The one date parser of the product (domain/shared/date-input.ts) decides.
 */
export function parseDateCell(text: string, label: string): Cell<string | null> {
  if (text.trim() === '') return ok(null);
  const read = parseDate(text, label);
  return read.ok ? ok(read.value) : fail(read.message);
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
