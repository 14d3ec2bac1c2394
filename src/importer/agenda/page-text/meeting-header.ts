/**
 * The meeting a page belongs to, read from the lines above its first agenda item: which body met
 * ("Økonomiudvalget", "Udvalg: Byrådet", "Referat fra mødet i Teknik- og Miljøudvalget"), on
 * which date ("Mødedato: 14-05-2024", "tirsdag den 14. maj 2024 kl. 16.00"), and who was absent
 * from the meeting ("Fraværende: Navn (A)", "Afbud: …", maybe limited to "sag 94-106"). A bare
 * "Beslutning" heading in an item takes its body and date from here.
 */
import type { BodyAbbreviationTable } from '../../../domain/political-case/body-abbreviations.ts';
import type { IsoDate } from '../../../domain/shared/iso-date.ts';
import { type AbsenceLine, isNamesLine, parseAbsenceLine } from './absence-lines.ts';
import { findBodyName, isBodyName } from './body-names.ts';
import { findDate } from './page-dates.ts';
import type { PageLine } from './page-lines.ts';

export interface MeetingContext {
  body: string | null;
  date: IsoDate | null;
  absences: AbsenceLine[];
  /** Line numbers the context was read from. */
  lines: number[];
}

const BODY_LABEL = /^(?:udvalg|organ|mødeforum|forum|møde\s*i|mødet\s*i)\s*[:.-]?\s*(.+)$/iu;
const DATE_LABEL = /^(?:mødedato|dato|mødetidspunkt|tidspunkt|møde(?:dag)?)\s*[:.-]/iu;

export function readMeetingContext(lines: readonly PageLine[], table: BodyAbbreviationTable): MeetingContext {
  const context: MeetingContext = { body: null, date: null, absences: [], lines: [] };
  let labelledDate = false;
  let absenceKind: AbsenceLine['kind'] | null = null;
  for (const line of lines) {
    const text = line.text;
    const absence = parseAbsenceLine(text);
    if (absence) {
      absenceKind = absence.kind;
      if (!/^(?:Afbud|Fraværende):(?: Ingen)?$/u.test(absence.canonical)) context.absences.push(absence);
      context.lines.push(line.line);
      continue;
    }
    if (absenceKind !== null && isNamesLine(text)) {
      const names = parseAbsenceLine(`${absenceKind === 'apology' ? 'Afbud' : 'Fraværende'}: ${text}`);
      if (names) context.absences.push(names);
      continue;
    }
    if (!/^[-–]\s/u.test(text)) absenceKind = null;
    const labelledBody = BODY_LABEL.exec(text)?.[1]?.trim();
    if (
      context.body === null &&
      labelledBody &&
      (isBodyName(labelledBody, table) || findBodyName(labelledBody, table))
    ) {
      context.body = isBodyName(labelledBody, table) ? labelledBody : findBodyName(labelledBody, table);
      context.lines.push(line.line);
    }
    const date = findDate(text);
    if (date && (!labelledDate || context.date === null)) {
      const isLabel = DATE_LABEL.test(text);
      if (context.date === null || (isLabel && !labelledDate)) {
        context.date = date.date;
        labelledDate = isLabel;
        context.lines.push(line.line);
      }
    }
    if (context.body === null && text.length <= 160) {
      const body = isBodyName(text, table, false) ? text : findBodyName(text, table);
      if (body) {
        context.body = body;
        context.lines.push(line.line);
      }
    }
  }
  return context;
}
