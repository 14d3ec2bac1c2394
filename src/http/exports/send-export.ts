/**
 * Sends an export table as the file the request asked for (CSV or XLSX), named for the list.
 * Both the API (`?format=`) and the pages (`/…​.csv`, `/…​.xlsx`) answer through here.
 */
import type { FastifyReply } from 'fastify';
import { type ExportTable, exportCsv } from '../../domain/shared/export-table.ts';
import { EXPORT_MEDIA_TYPES, type ExportFormat } from './export-formats.ts';
import { exportXlsx } from './spreadsheet-xlsx.ts';

export async function exportFile(
  table: ExportTable,
  format: ExportFormat,
): Promise<{ file: Buffer | string; type: string; filename: string }> {
  if (format === 'csv') {
    return {
      file: exportCsv(table),
      type: `${EXPORT_MEDIA_TYPES.csv}; charset=utf-8`,
      filename: `${table.name}.csv`,
    };
  }
  return { file: await exportXlsx(table), type: EXPORT_MEDIA_TYPES.xlsx, filename: `${table.name}.xlsx` };
}

export async function sendExport(
  reply: FastifyReply,
  table: ExportTable,
  format: ExportFormat,
): Promise<FastifyReply> {
  const { file, type, filename } = await exportFile(table, format);
  return reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).send(file);
}
