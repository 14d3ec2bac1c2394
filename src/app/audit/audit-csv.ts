/**
 * The audit log as CSV for aktindsigt and spreadsheets: semicolon-separated with a UTF-8 BOM
 * and CRLF line ends (what Danish Excel opens correctly), times in Danish local time written
 * dd-mm-åååå tt:mm:ss. Written by the one CSV writer (domain/shared/spreadsheet-csv.ts), which
 * neutralises formulas.
 */
import { DateTime } from 'luxon';
import { DANISH_ZONE } from '../../domain/shared/copenhagen-date.ts';
import { excelCsv } from '../../domain/shared/spreadsheet-csv.ts';
import type { AuditEntry } from './audit-log.ts';

const HEADER = [
  'id',
  'tidspunkt',
  'kommune',
  'aktør',
  'aktørnavn',
  'handling',
  'objekttype',
  'objekt-id',
  'objektnavn',
  'før',
  'efter',
  'forespørgsels-id',
];

export function auditTime(at: Date): string {
  // dd-mm-åååå like every human CSV export (docs/registry-csv.md); Danish Excel reads it as a time.
  return DateTime.fromJSDate(at, { zone: DANISH_ZONE }).toFormat('dd-MM-yyyy HH:mm:ss');
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    String(e.id),
    auditTime(e.at),
    e.municipality ?? '',
    e.actor,
    e.actorName ?? '',
    e.action,
    e.entity,
    e.entityId,
    e.entityName ?? '',
    e.before === null ? '' : JSON.stringify(e.before),
    e.after === null ? '' : JSON.stringify(e.after),
    e.requestId ?? '',
  ]);
  return excelCsv(HEADER, rows);
}
