import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagsFor } from './flags.ts';
import { median } from './median.ts';
import { organisationFigure } from './organisation-figures.ts';
import { parseDanishNumber } from './parse-number.ts';
import { sectorUse } from './sector-use.ts';
import type { KeyFigure } from './types.ts';

describe('parseDanishNumber', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234,5', 1234.5],
    ['1234', 1234],
    ['-0,3', -0.3],
    [' 7 ', 7],
  ])('reads %s as %d', (text, value) => {
    expect(parseDanishNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['', 'cirka 1', '1,2,3', '12 %', '1.23.4'])('refuses %j with a Danish message', (text) => {
    const read = parseDanishNumber(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/tal/);
  });

  it('reads back any number written with a decimal comma (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole},${String(cents).padStart(2, '0')}`;
        const read = parseDanishNumber(text);
        expect(read.ok && Math.abs(read.value - Number(`${whole}.${String(cents).padStart(2, '0')}`))).toBe(
          0,
        );
      }),
    );
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('lies between the smallest and the largest value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }), (values) => {
        const m = median(values) as number;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('flagsFor (municipal thresholds)', () => {
  const thresholds = { efficiencyBelow: 70, vacancyAbove: 1 };
  it.each([
    [{ effektivitetstal: 69.9, tomgang_pct: 0.5 }, ['effektivitetstal']],
    [{ effektivitetstal: 70, tomgang_pct: 1 }, []],
    [{ effektivitetstal: 90, tomgang_pct: 1.1 }, ['tomgang_pct']],
    [{ effektivitetstal: 50, tomgang_pct: 3 }, ['effektivitetstal', 'tomgang_pct']],
    [{ effektivitetstal: null, tomgang_pct: null }, []],
  ])('%j is flagged for %j', (figures, codes) => {
    expect(flagsFor(figures, thresholds).map((f) => f.code)).toEqual(codes);
  });
});

describe('organisationFigure', () => {
  const f = (departmentId: string | null, code: string, value: number): KeyFigure => ({
    organisationId: 'o',
    departmentId,
    steeringYear: 2026,
    code,
    value,
    unit: '',
    source: 'import',
  });
  const departments = [
    { id: 'a', homes: 100 },
    { id: 'b', homes: 300 },
  ];
  it('takes the organisation’s own figure when given', () => {
    const figures = [f(null, 'tomgang_pct', 0.5), f('a', 'tomgang_pct', 2)];
    expect(organisationFigure(figures, 'o', departments, 2026, 'tomgang_pct')).toMatchObject({
      value: 0.5,
      derived: false,
    });
  });
  it('weights rates by the departments’ homes and sums counts', () => {
    const figures = [
      f('a', 'tomgang_pct', 2),
      f('b', 'tomgang_pct', 1),
      f('a', 'klager', 3),
      f('b', 'klager', 4),
    ];
    expect(organisationFigure(figures, 'o', departments, 2026, 'tomgang_pct')).toMatchObject({
      value: 1.25,
      derived: true,
    });
    expect(organisationFigure(figures, 'o', departments, 2026, 'klager')).toMatchObject({
      value: 7,
      derived: true,
    });
  });
  it('derives nothing for an unknown code or a yes/no figure', () => {
    expect(organisationFigure([f('a', 'x', 1)], 'o', departments, 2026, 'x')).toBeNull();
    expect(organisationFigure([f('a', 'helhedsplan', 1)], 'o', departments, 2026, 'helhedsplan')).toBeNull();
  });
});

describe('sectorUse (almenboligloven § 59, stk. 1)', () => {
  const departments = [
    { id: 'a', name: 'Åbyen', homes: 300, kind: 'family' as const },
    { id: 'b', name: 'Lindehaven', homes: 40, kind: 'elderly' as const },
  ];
  it('estimates up to every fourth vacant family home a year from the move-out rate', () => {
    const use = sectorUse({
      departments,
      moveOutRate: 12,
      programmeDepartmentIds: ['a'],
      renovationMillions: null,
      newHomes: 24,
    });
    expect(use.familyHomes).toBe(300);
    expect(use.expectedVacantFamilyHomes).toBe(36);
    expect(use.allocationUpTo).toBe(9);
    expect(use.programmeDepartments).toEqual(['Åbyen']);
    expect(use.sentences.join(' ')).toContain('ca. 9 boliger om året');
    expect(use.sentences.join(' ')).toContain('24 nye boliger');
  });
  it('says it cannot estimate without a move-out rate', () => {
    const use = sectorUse({
      departments,
      moveOutRate: null,
      programmeDepartmentIds: [],
      renovationMillions: null,
      newHomes: null,
    });
    expect(use.allocationUpTo).toBeNull();
    expect(use.sentences[0]).toContain('kan antallet ikke anslås');
  });
  it('never offers more than a fourth of the expected vacancies (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (homes, rate) => {
          const use = sectorUse({
            departments: [{ id: 'a', name: 'A', homes, kind: 'family' }],
            moveOutRate: rate,
            programmeDepartmentIds: [],
            renovationMillions: null,
            newHomes: null,
          });
          expect((use.allocationUpTo as number) * 4).toBeLessThanOrEqual(
            use.expectedVacantFamilyHomes as number,
          );
        },
      ),
    );
  });
});
