/**
 * The download formats of a list and how a request asks for one: `?format=csv|xlsx` or an
 * Accept header naming the media type. JSON stays the default.
 */
export const EXPORT_MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type ExportFormat = keyof typeof EXPORT_MEDIA_TYPES;

/** The export format a request asks for, null for JSON, or 'invalid' for an unknown `format`. */
export function requestedExportFormat(
  format: unknown,
  accept: string | undefined,
): ExportFormat | null | 'invalid' {
  if (format !== undefined) {
    if (format === 'csv' || format === 'xlsx') return format;
    return format === 'json' ? null : 'invalid';
  }
  const wanted = (accept ?? '').toLowerCase();
  if (wanted.includes(EXPORT_MEDIA_TYPES.xlsx)) return 'xlsx';
  if (wanted.includes(EXPORT_MEDIA_TYPES.csv)) return 'csv';
  return null;
}
