/**
 * One CSV data line with its cells by column name, and the mapping of domain field errors back to
 * CSV columns, so that every problem names the line and column the user must fix.
 */
import type { FieldError } from '../../domain/registry/field-errors.ts';
import type { RegistryColumn } from './columns.ts';
import type { CsvProblem } from './types.ts';

export interface CsvRow {
  line: number;
  cells: ReadonlyMap<RegistryColumn, string>;
}

/** The trimmed cell text, '' when the column is absent or empty. */
export function cell(row: CsvRow, column: RegistryColumn): string {
  return (row.cells.get(column) ?? '').trim();
}

/** Collects problems for one row; `has(column)` tells whether a column already has one. */
export class RowProblems {
  readonly list: CsvProblem[] = [];
  constructor(private readonly line: number) {}

  add(column: RegistryColumn | null, message: string): void {
    this.list.push({ line: this.line, column, message });
  }

  has(column: RegistryColumn): boolean {
    return this.list.some((p) => p.column === column);
  }

  /**
   * Adds the domain schema's field errors, translated to columns. A column that already has a
   * problem from reading the cell keeps only that one (the schema would repeat it less clearly).
   */
  addFieldErrors(errors: readonly FieldError[], columnOf: (field: string) => RegistryColumn | null): void {
    const before = new Set(this.list.map((p) => p.column));
    for (const e of errors) {
      const column = columnOf(e.field);
      if (column !== null && before.has(column)) continue;
      this.add(column, e.message);
    }
  }
}
