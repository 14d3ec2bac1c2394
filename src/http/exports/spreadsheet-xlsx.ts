/**
 * An export table as an XLSX workbook (exceljs): one sheet, the Danish header row bold and
 * frozen, dates as real date cells shown dd-mm-åååå, numbers as numbers, ja/nej as booleans.
 * Text cells are plain strings — a spreadsheet never runs a string cell as a formula, so nothing
 * needs the CSV writer's quote.
 * exceljs (~900 CommonJS modules with its zip and stream dependencies) loads on the first XLSX
 * export, not at every server start.
 */
import type ExcelJS from 'exceljs';
import type { ExportCellType, ExportTable, ExportValue } from '../../domain/shared/export-table.ts';

const NUMBER_FORMAT: Partial<Record<ExportCellType, string>> = {
  date: 'dd-mm-yyyy',
  integer: '0',
  decimal: '0.00',
};

/** An ISO date as the spreadsheet's date (midnight UTC: exceljs writes the calendar day). */
function cellValue(value: ExportValue, type: ExportCellType): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === 'date') return new Date(`${value as string}T00:00:00Z`);
  return value;
}

export async function exportXlsx(table: ExportTable): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Styringsdialog';
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: Math.min(60, Math.max(10, c.header.length + 2)),
    ...(NUMBER_FORMAT[c.type] ? { style: { numFmt: NUMBER_FORMAT[c.type] as string } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((v, i) => cellValue(v, table.columns[i]?.type ?? 'text')));
  }
  // The header row keeps its text format even in date and number columns.
  sheet.getRow(1).eachCell((cell) => {
    cell.numFmt = '@';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
