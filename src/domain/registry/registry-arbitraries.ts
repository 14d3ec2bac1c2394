/**
 * fast-check generators for registry property tests. Test support only: imported by *.test.ts
 * files, never by production code.
 */
import fc from 'fast-check';
import { type IsoDate, isoDate } from '../shared/iso-date.ts';
import { cvrCheckDigit } from './cvr.ts';
import type { PersonRole } from './types.ts';

/** Valid CVR numbers: seven digits (first not 0) plus their check digit; prefixes without one are skipped. */
export const validCvr = fc
  .integer({ min: 1_000_000, max: 9_999_999 })
  .map((n) => {
    const first7 = String(n);
    const check = cvrCheckDigit(first7);
    return check === null ? null : `${first7}${check}`;
  })
  .filter((cvr): cvr is string => cvr !== null);

/** Calendar dates 2000–2040 (days capped at 28, so every combination exists). */
export const isoDateArb: fc.Arbitrary<IsoDate> = fc
  .record({
    y: fc.integer({ min: 2000, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => isoDate(y, m, d));

/** A period [from, to] with to >= from, or open-ended. */
export const periodArb: fc.Arbitrary<{ from: IsoDate; to: IsoDate | null }> = fc
  .tuple(isoDateArb, fc.option(isoDateArb, { nil: null }))
  .map(([a, b]) => (b === null ? { from: a, to: null } : a <= b ? { from: a, to: b } : { from: b, to: a }));

const municipalityArb = fc.constantFrom('707', '706', '751');
const unitArb = fc.constantFrom('Vej og Ejendom', 'vej og ejendom ', 'Social', 'Beskæftigelse', 'Plan');
const organisationIdArb = fc.constantFrom('org-a', 'org-b', 'org-c');

/** Roles that are not board seats: municipal positions and administrator staff. */
export const nonBoardRoleArb: fc.Arbitrary<PersonRole> = fc
  .oneof(
    fc.record({ kind: fc.constant('official' as const), municipality: municipalityArb, unit: unitArb }),
    fc.record({ kind: fc.constant('mayor' as const), municipality: municipalityArb }),
    fc.record({
      kind: fc.constant('councilMember' as const),
      municipality: municipalityArb,
      party: fc.constantFrom('A', 'V'),
    }),
    fc.record({ kind: fc.constant('administratorStaff' as const), organisationId: organisationIdArb }),
  )
  .chain((role) => periodArb.map((p): PersonRole => ({ ...role, ...p }) as PersonRole));

export const boardRoleArb: fc.Arbitrary<PersonRole> = fc
  .record({
    kind: fc.constantFrom('boardChair' as const, 'boardViceChair' as const, 'boardMember' as const),
    organisationId: organisationIdArb,
  })
  .chain((role) => periodArb.map((p): PersonRole => ({ ...role, ...p })));
