import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { anAgreement } from '../../domain/agreements/agreement-arbitraries.ts';
import { parseAgreementStatusCsv } from './parse-agreement-status-csv.ts';

const today = '2026-11-22';
const agreements = [
  anAgreement({ id: 'agr-1', status: 'inProgress' }),
  anAgreement({ id: 'agr-2', status: 'agreed' }),
];
const options = { agreements, today };

describe('parseAgreementStatusCsv', () => {
  it('reads the exported format back: UTF-8 with BOM, semicolons, CRLF, Danish headers', () => {
    const text =
      '\uFEFFId;Boligorganisation;Styringsår;Målområde;Aftale;Deadline;Status;Dato;Note;Link\r\n' +
      'agr-1;Org A;2025;Udlejning;"Tomgang; nedbringes";2026-06-30;Opfyldt;2026-11-01;"Målet er nået, se ""referat""";https://example.dk/r.pdf\r\n' +
      'agr-2;Org A;2025;Udlejning;Anden aftale;;Aftalt;;;\r\n';
    const result = parseAgreementStatusCsv(new TextEncoder().encode(text), options);
    expect(result.problems).toEqual([]);
    expect(result.format).toEqual({ encoding: 'utf-8', bom: true, separator: ';' });
    expect(result.unchanged).toBe(1);
    expect(result.changes).toEqual([
      {
        line: 2,
        agreementId: 'agr-1',
        from: 'inProgress',
        to: 'fulfilled',
        date: '2026-11-01',
        note: 'Målet er nået, se "referat"',
        evidenceUrl: 'https://example.dk/r.pdf',
      },
    ]);
  });

  it('reads Windows-1252 with commas, and only the columns it needs', () => {
    const bytes = iconv.encode('id,status,note\nagr-2,Ikke opfyldt,Økonomien tillod det ikke\n', 'win1252');
    const result = parseAgreementStatusCsv(bytes, options);
    expect(result.format).toEqual({ encoding: 'windows-1252', bom: false, separator: ',' });
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => [c.agreementId, c.to, c.note])).toEqual([
      ['agr-2', 'notFulfilled', 'Økonomien tillod det ikke'],
    ]);
  });

  it('counts lines from the sep= hint as the user sees them', () => {
    const result = parseAgreementStatusCsv('sep=;\nId;Status\nagr-1;I gang\nagr-2;Færdig\n', options);
    expect(result.problems).toEqual([
      {
        line: 4,
        column: 'Status',
        message:
          'Status »Færdig« kendes ikke. Skriv en af: Aftalt, I gang, Opfyldt, Ikke opfyldt, Bortfaldet',
      },
    ]);
    expect(result.changes).toEqual([]);
  });

  it('refuses a header without the needed columns and names unknown ones', () => {
    const result = parseAgreementStatusCsv('Id;Tilstand\nagr-1;Opfyldt\n', options);
    expect(result.problems).toEqual([
      {
        line: 1,
        column: 'Tilstand',
        message:
          'Kolonnen »Tilstand« kendes ikke. Kolonnerne er: Id, Boligorganisation, Styringsår, Målområde, Aftale, Deadline, Status, Dato, Note, Link',
      },
      { line: 1, column: 'Status', message: 'Overskriften mangler kolonnen Status' },
    ]);
  });

  it('plans nothing when any line has a problem, and reports extra fields and empty files', () => {
    const result = parseAgreementStatusCsv('Id;Status;Note\nagr-2;I gang;;x\nagr-1;Opfyldt;Nået\n', options);
    expect(result.changes).toEqual([]);
    expect(result.problems.map((p) => p.line)).toEqual([2]);
    expect(parseAgreementStatusCsv('', options).problems[0]?.message).toMatch(/Filen er tom/);
    expect(parseAgreementStatusCsv('Id;Status\n', options).problems[0]?.message).toMatch(/kun en overskrift/);
  });
});
