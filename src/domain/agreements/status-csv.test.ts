import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementsArb, anAgreement } from './agreement-arbitraries.ts';
import { STATUS_LABELS } from './labels.ts';
import {
  agreementsForStatusExport,
  parseStatusWord,
  type StatusCsvColumn,
  type StatusCsvRowInput,
  statusCsvColumn,
  statusCsvHeaderRow,
  statusCsvRow,
  validateStatusRows,
} from './status-csv.ts';
import { AGREEMENT_STATUSES } from './types.ts';

const today = '2026-11-22';
const agreements = [
  anAgreement({ id: 'agr-1', status: 'inProgress' }),
  anAgreement({ id: 'agr-2', status: 'agreed' }),
  anAgreement({ id: 'agr-3', status: 'inProgress' }),
  anAgreement({ id: 'agr-4', status: 'agreed' }),
];

function row(line: number, cells: Partial<Record<StatusCsvColumn, string>>): StatusCsvRowInput {
  return { line, cells: new Map(Object.entries(cells) as [StatusCsvColumn, string][]) };
}

describe('the status file columns', () => {
  it('reads back every header it writes', () => {
    expect(statusCsvHeaderRow().map(statusCsvColumn)).toEqual([
      'id',
      'organisation',
      'steeringYear',
      'objectiveArea',
      'text',
      'deadline',
      'status',
      'date',
      'note',
      'evidenceUrl',
    ]);
    expect(statusCsvColumn('\uFEFF ID ')).toBe('id');
    expect(statusCsvColumn('Farve')).toBeNull();
  });

  it('writes the status as its Danish label and leaves date, note and link blank', () => {
    const cells = statusCsvRow(anAgreement({ id: 'agr-1', status: 'inProgress' }), 'Boligselskabet A');
    expect(cells).toEqual([
      'agr-1',
      'Boligselskabet A',
      2025,
      'Økonomi og drift',
      'Tomgangen nedbringes.',
      '30-06-2026', // dd-mm-åååå, like every human CSV export
      'I gang',
      '',
      '',
      '',
    ]);
  });

  it('reads statuses as labels or code names in any case', () => {
    for (const s of AGREEMENT_STATUSES) {
      expect(parseStatusWord(STATUS_LABELS[s].toUpperCase())).toBe(s);
      expect(parseStatusWord(` ${s} `)).toBe(s);
    }
    expect(parseStatusWord('droppet')).toBe('dropped');
    expect(parseStatusWord('færdig')).toBeNull();
  });
});

describe('agreementsForStatusExport', () => {
  it('lists the open agreements by steering year, then organisation in Danish order', () => {
    const names: Record<string, string> = { a: 'Åse Boliger', b: 'Zenia Bo', c: 'Ærlig Bolig', d: 'Aage Bo' };
    const open = ['a', 'b', 'c', 'd'].map((organisationId) =>
      anAgreement({ id: `agr-${organisationId}`, organisationId, status: 'agreed', steeringYear: 2026 }),
    );
    const older = anAgreement({
      id: 'agr-old',
      organisationId: 'a',
      status: 'inProgress',
      steeringYear: 2025,
    });
    const closed = anAgreement({
      id: 'agr-closed',
      organisationId: 'b',
      status: 'fulfilled',
      steeringYear: 2026,
    });
    const listed = agreementsForStatusExport([...open, closed, older], (id) => names[id] ?? id);
    expect(listed.map((a) => a.id)).toEqual(['agr-old', 'agr-b', 'agr-c', 'agr-d', 'agr-a']);
  });
});

describe('validateStatusRows', () => {
  it('plans exactly the changed rows and counts the rest as unchanged', () => {
    const result = validateStatusRows(
      [
        row(2, { id: 'agr-1', status: 'Opfyldt', note: 'Målet er nået' }),
        row(3, { id: 'agr-2', status: 'Aftalt' }),
        row(4, { id: 'agr-3', status: 'I gang' }),
      ],
      agreements,
      today,
    );
    expect(result.problems).toEqual([]);
    expect(result.unchanged).toBe(2);
    expect(result.changes).toEqual([
      {
        line: 2,
        agreementId: 'agr-1',
        from: 'inProgress',
        to: 'fulfilled',
        date: today,
        note: 'Målet er nået',
        evidenceUrl: null,
      },
    ]);
  });

  it.each(['20-11-2026', '2026-11-20', '20.11.2026'])('reads the date %s as 20 November 2026', (date) => {
    const result = validateStatusRows([row(2, { id: 'agr-2', status: 'I gang', date })], agreements, today);
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => c.date)).toEqual(['2026-11-20']);
  });

  it('names line and column for each problem and plans nothing for a bad row', () => {
    const result = validateStatusRows(
      [
        row(2, { id: 'agr-1', status: 'Opfyldt' }),
        row(3, { id: 'agr-2', status: 'færdig' }),
        row(4, { id: 'agr-404', status: 'I gang' }),
        row(5, { id: 'agr-1', status: 'I gang' }),
        row(6, { id: 'agr-3', status: 'I gang', note: 'Ny note' }),
        row(7, { id: 'agr-4', status: 'I gang', date: '31-02-2026' }),
      ],
      agreements,
      today,
    );
    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'Note',
        message:
          'Skriv en note: når en aftale lukkes (opfyldt, ikke opfyldt eller bortfaldet), skal det fremgå hvorfor',
      },
      {
        line: 3,
        column: 'Status',
        message:
          'Status »færdig« kendes ikke. Skriv en af: Aftalt, I gang, Opfyldt, Ikke opfyldt, Bortfaldet',
      },
      {
        line: 4,
        column: 'Id',
        message: 'Aftalen med id »agr-404« findes ikke, eller du har ikke adgang til den',
      },
      { line: 5, column: 'Id', message: 'Aftalen står allerede i linje 2' },
      {
        line: 6,
        column: 'Note',
        message: 'Status er uændret (»I gang«): note gemmes kun sammen med en ny status',
      },
      {
        line: 7,
        column: 'Dato',
        message:
          'Dato »31-02-2026« findes ikke: februar 2026 har 28 dage. Skriv datoen som dd-mm-åååå, fx 30-11-2026',
      },
    ]);
  });

  it('leaves everything unchanged when the exported statuses come back untouched (property)', () => {
    fc.assert(
      fc.property(agreementsArb, (all) => {
        const rows = all.map((a, i) => {
          const cells = statusCsvRow(a, 'Org');
          return row(i + 2, { id: String(cells[0]), status: String(cells[6]) });
        });
        const result = validateStatusRows(rows, all, today);
        expect(result).toEqual({ changes: [], unchanged: all.length, problems: [] });
      }),
    );
  });
});
