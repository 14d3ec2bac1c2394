/**
 * The audit log as CSV for aktindsigt and spreadsheets: semicolon-separated with a UTF-8 BOM
 * and CRLF line ends (what Danish Excel opens correctly), times in Danish local time written
 * dd-mm-åååå tt:mm:ss.
 * Cells that a spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection).
 */
import { DateTime } from 'luxon';
import { DANISH_ZONE } from '../../domain/shared/copenhagen-date.ts';
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

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditTime(at: Date): string {
  // dd-mm-åååå like every human CSV export (docs/registry-csv.md); Danish Excel reads it as a time.
  return DateTime.fromJSDate(at, { zone: DANISH_ZONE }).toFormat('dd-MM-yyyy HH:mm:ss');
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) =>
    [
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
    ]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[HEADER.join(';'), ...rows].join('\r\n')}\r\n`;
}
