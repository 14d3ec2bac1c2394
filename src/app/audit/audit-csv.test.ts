import { describe, expect, it } from 'vitest';
import { auditCsv } from './audit-csv.ts';
import type { AuditEntry } from './audit-log.ts';

const entry: AuditEntry = {
  id: 7,
  at: new Date('2026-07-01T10:15:00Z'),
  municipality: '707',
  actor: 'user:u1',
  actorName: 'Hanne Sø <hanne@norddjurs.dk>',
  action: 'update',
  entity: 'housingOrganisation',
  entityId: 'org-1',
  entityName: null,
  before: { name: 'Gammelt; navn' },
  after: { name: '=HYPERLINK("http://x")' },
  requestId: 'req-1',
};

describe('auditCsv', () => {
  const csv = auditCsv([entry]);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a BOM and a Danish header, separated by semicolons', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'id;tidspunkt;kommune;aktør;aktørnavn;handling;objekttype;objekt-id;objektnavn;før;efter;forespørgsels-id',
    );
  });

  it('writes Danish local time and quotes cells with separators or quotes', () => {
    expect(lines[1]).toContain(';01-07-2026 12:15:00;707;user:u1;');
    expect(lines[1]).toContain('"{""name"":""Gammelt; navn""}"');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const evil = auditCsv([
      { ...entry, before: null, after: null, entityId: '=cmd|calc', actor: '+1', action: '@x' },
    ]);
    expect(evil).toContain(";'=cmd|calc;");
    expect(evil).toContain(";'+1;");
    expect(evil).toContain(";'@x;");
  });
});
