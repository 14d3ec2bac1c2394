import { describe, expect, it } from 'vitest';
import { electionPeriodByLabel } from '../election-period/election-period.ts';
import { findSection14Conflicts } from './conflicts.ts';
import { isValidCvr } from './cvr.ts';
import { DEMO_BODY_IDS, DEMO_ORGANISATION_IDS, demoPersonId, demoRegistry } from './demo-data.ts';
import { findDuplicateDepartmentNumbers, validateDepartmentEdit } from './validate-department.ts';
import { validateOrganisationEdit } from './validate-organisation.ts';
import { validatePersonEdit } from './validate-person.ts';

const demo = demoRegistry();
const norddjurs = demo.municipalities.find((m) => m.code === '707')!;

function conflictsOn(today: string) {
  return findSection14Conflicts({ ...demo, municipality: norddjurs, today });
}

describe('demoRegistry', () => {
  it('is deterministic: two calls give equal data', () => {
    expect(demoRegistry()).toEqual(demoRegistry());
  });

  it('returns fresh copies, so a caller cannot change the next demo', () => {
    const first = demoRegistry();
    first.persons[0]!.roles.length = 0;
    first.organisations[0]!.name = 'Ændret';
    expect(demoRegistry()).toEqual(demo);
  });

  it('describes Norddjurs as domain.md does, with Syddjurs as a neighbour', () => {
    expect(norddjurs).toMatchObject({
      name: 'Norddjurs Kommune',
      supervisingUnit: 'Vej og Ejendom',
      bodyAbbreviations: {
        MTU: 'Miljø- og teknikudvalget',
        ØK: 'Økonomiudvalget',
        KB: 'Kommunalbestyrelsen',
      },
    });
    expect(norddjurs.accountsUrl).toMatch(/^https:\/\/www\.norddjurs\.dk\//);
    expect(demo.municipalities.map((m) => m.code)).toEqual(['707', '706']);
  });

  it('has MTU as the only supervising body, and ØK and KB', () => {
    expect(demo.bodies.map((b) => [b.abbreviation, b.kind, b.supervises])).toEqual([
      ['MTU', 'committee', true],
      ['ØK', 'committee', false],
      ['KB', 'council', false],
    ]);
  });

  it.each(['2022-2025', '2026-2029'])(
    'seats 27 council members in KB for %s, with one chair and one vice chair',
    (period) => {
      const kb = demo.memberships.filter((m) => m.bodyId === DEMO_BODY_IDS.KB && m.electionPeriod === period);
      expect(kb).toHaveLength(27);
      expect(new Set(kb.map((m) => m.personId)).size).toBe(27);
      expect(kb.filter((m) => m.role === 'chair')).toHaveLength(1);
      expect(kb.filter((m) => m.role === 'viceChair')).toHaveLength(1);
    },
  );

  it.each(['2022-2025', '2026-2029'])(
    'gives 27 people a council-member role with a party for the whole of %s',
    (label) => {
      const period = electionPeriodByLabel(label)!;
      const members = demo.persons.filter((p) =>
        p.roles.some(
          (r) =>
            r.kind === 'councilMember' &&
            r.from === period.start &&
            r.to === period.end &&
            r.party.length > 0,
        ),
      );
      expect(members).toHaveLength(27);
      const kbIds = demo.memberships
        .filter((m) => m.bodyId === DEMO_BODY_IDS.KB && m.electionPeriod === label)
        .map((m) => m.personId);
      expect(members.map((p) => p.id).sort()).toEqual(kbIds.sort());
    },
  );

  it('makes the mayor chair of KB and ØK in each period', () => {
    for (const label of ['2022-2025', '2026-2029']) {
      const period = electionPeriodByLabel(label)!;
      const mayors = demo.persons.filter((p) =>
        p.roles.some(
          (r) => r.kind === 'mayor' && r.from <= period.start && (r.to === null || r.to >= period.end),
        ),
      );
      expect(mayors).toHaveLength(1);
      for (const bodyId of [DEMO_BODY_IDS.KB, DEMO_BODY_IDS.ØK]) {
        const chair = demo.memberships.find(
          (m) => m.bodyId === bodyId && m.electionPeriod === label && m.role === 'chair',
        );
        expect(chair?.personId).toBe(mayors[0]!.id);
      }
    }
  });

  it('seats only council members of the period in committees', () => {
    for (const m of demo.memberships) {
      const person = demo.persons.find((p) => p.id === m.personId);
      const period = electionPeriodByLabel(m.electionPeriod)!;
      expect(person?.roles.some((r) => r.kind === 'councilMember' && r.from === period.start)).toBe(true);
    }
  });

  it('has eight organisations with valid, unique CVR numbers', () => {
    expect(demo.organisations).toHaveLength(8);
    for (const o of demo.organisations) expect(isValidCvr(o.cvr), o.cvr).toBe(true);
    expect(new Set(demo.organisations.map((o) => o.cvr)).size).toBe(8);
  });

  it('has an administration organisation that administers two of the others', () => {
    const administrators = demo.organisations.filter((o) => o.kind === 'administrationOrganisation');
    const administered = (id: string) =>
      demo.organisations.filter(
        (o) =>
          o.administeredBy.kind === 'administrationOrganisation' && o.administeredBy.organisationId === id,
      );
    expect(administrators.some((a) => administered(a.id).length >= 2)).toBe(true);
  });

  it('has the special cases: a shifted accounting year, a seat outside Norddjurs, a merger in 2019', () => {
    expect(demo.organisations.filter((o) => o.accountingYearEnd === '03-31')).toHaveLength(1);
    const outside = demo.organisations.filter((o) => o.seatMunicipality === '706');
    expect(outside).toHaveLength(1);
    expect(
      demo.departments.some((d) => d.organisationId === outside[0]!.id && d.locationMunicipality === '707'),
    ).toBe(true);
    expect(demo.organisations.filter((o) => o.activeTo === '2019-12-31').map((o) => o.id)).toEqual([
      DEMO_ORGANISATION_IDS.auningAlmene,
    ]);
  });

  it('has 40–60 departments of realistic size, each in a known organisation', () => {
    expect(demo.departments.length).toBeGreaterThanOrEqual(40);
    expect(demo.departments.length).toBeLessThanOrEqual(60);
    const orgIds = new Set(demo.organisations.map((o) => o.id));
    for (const d of demo.departments) {
      expect(orgIds.has(d.organisationId)).toBe(true);
      expect(d.homes).toBeGreaterThanOrEqual(6);
      expect(d.homes).toBeLessThanOrEqual(400);
    }
    expect(new Set(demo.departments.map((d) => d.kind))).toEqual(new Set(['family', 'elderly', 'youth']));
  });

  it('uses each LBF department number once within its organisation', () => {
    expect(findDuplicateDepartmentNumbers(demo.departments)).toEqual([]);
  });

  it('passes the same validation as user input', () => {
    for (const o of demo.organisations)
      expect(validateOrganisationEdit(o), o.id).toEqual({ ok: true, value: o });
    for (const d of demo.departments) expect(validateDepartmentEdit(d), d.id).toEqual({ ok: true, value: d });
    for (const p of demo.persons) expect(validatePersonEdit(p), p.id).toEqual({ ok: true, value: p });
  });

  it('has unique ids, and every reference points at a record', () => {
    for (const list of [demo.organisations, demo.departments, demo.persons, demo.bodies]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    }
    const orgIds = new Set(demo.organisations.map((o) => o.id));
    const personIds = new Set(demo.persons.map((p) => p.id));
    for (const o of demo.organisations) {
      if ('organisationId' in o.administeredBy)
        expect(orgIds.has(o.administeredBy.organisationId)).toBe(true);
    }
    for (const p of demo.persons) {
      for (const r of p.roles)
        if ('organisationId' in r)
          expect(orgIds.has(r.organisationId), `${p.id} ${r.organisationId}`).toBe(true);
    }
    for (const m of demo.memberships) expect(personIds.has(m.personId)).toBe(true);
  });

  it('has officials in Vej og Ejendom and three other units, and staff and board chairs for every organisation', () => {
    const units = new Set(
      demo.persons.flatMap((p) => p.roles.flatMap((r) => (r.kind === 'official' ? [r.unit] : []))),
    );
    expect(units).toEqual(new Set(['Vej og Ejendom', 'Social', 'Beskæftigelse', 'Plan']));
    for (const o of demo.organisations) {
      const roles = demo.persons.flatMap((p) =>
        p.roles.filter((r) => 'organisationId' in r && r.organisationId === o.id),
      );
      expect(
        roles.some((r) => r.kind === 'boardChair'),
        o.id,
      ).toBe(true);
      expect(
        roles.some((r) => r.kind === 'boardViceChair'),
        o.id,
      ).toBe(true);
    }
  });

  it.each(['2023-06-01', '2024-10-15', '2025-12-31', '2026-01-01', '2027-09-01', '2029-12-31'])(
    'shows exactly one § 14 conflict on %s: the Vej og Ejendom official on a board',
    (today) => {
      const findings = conflictsOn(today);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.ref).toBe(
        `person:${demoPersonId('Birgitte Skovbo Ravn')}/organisation:${DEMO_ORGANISATION_IDS.kattegatkysten}`,
      );
      expect(findings[0]!.message).toContain('Boligforeningen Kattegatkysten');
    },
  );

  it('reports the conflict ahead, before the official joins the board', () => {
    expect(conflictsOn('2023-04-19')).toHaveLength(1);
  });

  it('shows no conflict once the official leaves the board', () => {
    const before = demoRegistry();
    const official = before.persons.find((p) => p.name === 'Birgitte Skovbo Ravn')!;
    official.roles = official.roles.filter((r) => r.kind === 'official');
    expect(findSection14Conflicts({ ...before, municipality: norddjurs, today: '2024-01-01' })).toEqual([]);
  });
});

describe('demo e-mail addresses (issue 13)', () => {
  it('every organisation representative has an address on .demo, and no two people share one', () => {
    const people = demo.persons;
    const representatives = people.filter((p) =>
      p.roles.some((r) => r.kind.startsWith('board') || r.kind === 'administratorStaff'),
    );
    expect(representatives.length).toBeGreaterThan(20);
    for (const p of representatives) expect(p.email, p.name).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.demo$/);
    const addresses = people.flatMap((p) => (p.email ? [p.email] : []));
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});
