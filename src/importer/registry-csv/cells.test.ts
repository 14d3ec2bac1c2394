import { describe, expect, it } from 'vitest';
import {
  homesFromCell,
  municipalityFromCell,
  parseDateCell,
  parseDepartmentKind,
  parseOrganisationKind,
  parseRoleKind,
  parseRowType,
} from './cells.ts';

const value = <T>(cell: { ok: true; value: T } | { ok: false; message: string }) =>
  cell.ok ? cell.value : cell.message;

describe('date cells', () => {
  it.each([
    ['31-12-2019', '2019-12-31'],
    ['31.12.2019', '2019-12-31'],
    ['31/12/2019', '2019-12-31'],
    ['1-4-2023', '2023-04-01'],
    ['2019-12-31', '2019-12-31'],
    [' 01-01-2010 ', '2010-01-01'],
    ['', null],
  ])('reads %j as %j', (typed, iso) => {
    expect(value(parseDateCell(typed, 'Aktiv fra'))).toBe(iso);
  });

  it.each([
    ['30-02-2024', 'findes ikke: februar 2024 har 29 dage'],
    ['31-12-19', 'årstallet skal have fire cifre'],
    ['2019-13-01', 'findes ikke: måned 13 findes ikke'],
    ['12/31/2019', 'findes ikke: måned 31 findes ikke (dagen skrives før måneden)'],
    ['januar 2020', 'kan ikke læses som en dato'],
    ['2019-1-1', 'kan ikke læses som en dato'],
  ])('refuses %j: %s', (typed, reason) => {
    const message = value(parseDateCell(typed, 'Aktiv fra'));
    expect(message).toMatch(new RegExp(`^Aktiv fra »${typed}«`));
    expect(message).toContain(reason);
    expect(message).toContain('Skriv datoen som dd-mm-åååå, fx 30-11-2026');
  });
});

describe('word cells', () => {
  it.each([
    ['organisation', 'organisation'],
    [' Afdeling ', 'afdeling'],
    ['PERSON', 'person'],
  ])('reads the type %j', (typed, type) => {
    expect(value(parseRowType(typed))).toBe(type);
  });

  it('names the allowed types when the type is unknown', () => {
    expect(value(parseRowType('firma'))).toBe(
      'Typen »firma« kendes ikke: skriv organisation, afdeling eller person',
    );
  });

  it.each([
    ['boligorganisation', 'housingOrganisation'],
    ['Boligselskab', 'housingOrganisation'],
    ['administrationsorganisation', 'administrationOrganisation'],
  ])('reads the organisation kind %j', (typed, kind) => {
    expect(value(parseOrganisationKind(typed))).toBe(kind);
  });

  it.each([
    ['familie', 'family'],
    ['Familieboliger', 'family'],
    ['ældre', 'elderly'],
    ['aeldreboliger', 'elderly'],
    ['ungdom', 'youth'],
    ['ungdomsboliger', 'youth'],
  ])('reads the department kind %j', (typed, kind) => {
    expect(value(parseDepartmentKind(typed))).toBe(kind);
  });

  it.each([
    ['embedsmand', 'official'],
    ['Borgmester', 'mayor'],
    ['byrådsmedlem', 'councilMember'],
    ['kommunalbestyrelsesmedlem', 'councilMember'],
    ['formand', 'boardChair'],
    ['næstformand', 'boardViceChair'],
    ['bestyrelsesmedlem', 'boardMember'],
    ['administrationsmedarbejder', 'administratorStaff'],
    ['', null],
  ])('reads the role %j', (typed, kind) => {
    expect(value(parseRoleKind(typed))).toBe(kind);
  });

  it('refuses an unknown role', () => {
    expect(value(parseRoleKind('direktør'))).toContain('Rollen »direktør« kendes ikke');
  });
});

describe('number cells', () => {
  it.each([
    ['707', '707'],
    ['707 Norddjurs', '707'],
    ['707 - Norddjurs Kommune', '707'],
    ['Norddjurs', 'Norddjurs'],
    ['7070', '7070'],
  ])('reads the municipality %j as %j', (typed, code) => {
    expect(municipalityFromCell(typed)).toBe(code);
  });

  it.each([
    ['120', '120'],
    ['1.200', '1200'],
    ['1,5', '1,5'],
    ['12.5', '12.5'],
  ])('reads the homes %j as %j', (typed, homes) => {
    expect(homesFromCell(typed)).toBe(homes);
  });
});
