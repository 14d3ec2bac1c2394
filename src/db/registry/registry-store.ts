/**
 * Kysely adapter for the registry port. Queries only: no decisions are made here.
 * Lists by name come back in Danish order (`compareDanish`, after the query: neither database
 * collation sorts Æ, Ø, Å on both engines); the SQL order by id only makes ties deterministic.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ElectionPeriodRecord,
  OrganisationSummary,
  RegistryStore,
} from '../../app/registry/registry-store.ts';
import type {
  AdministeredBy,
  Body,
  BodyMembership,
  Department,
  HousingOrganisation,
  PersonRole,
} from '../../domain/registry/types.ts';
import { compareDanish, sortDanish } from '../../domain/shared/danish-order.ts';
import { chunks } from '../batches.ts';
import type {
  Database,
  DepartmentRow,
  HousingOrganisationRow,
  MunicipalityRow,
  PersonRoleRow,
} from '../schema.ts';

type OrganisationRecord = Selectable<HousingOrganisationRow>;

function toOrganisation(r: OrganisationRecord): HousingOrganisation & { version: number } {
  return {
    id: r.id,
    name: r.name,
    cvr: r.cvr,
    lbfNumber: r.lbf_number,
    kind: r.kind as HousingOrganisation['kind'],
    seatMunicipality: r.seat_municipality,
    administeredBy: r.administered_by as unknown as AdministeredBy,
    accountingYearEnd: r.accounting_year_end,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    version: r.version,
  };
}

function organisationColumns(municipality: string, o: HousingOrganisation) {
  return {
    municipality,
    name: o.name,
    cvr: o.cvr,
    lbf_number: o.lbfNumber,
    kind: o.kind,
    seat_municipality: o.seatMunicipality,
    administered_by: JSON.stringify(o.administeredBy),
    accounting_year_end: o.accountingYearEnd,
    active_from: o.activeFrom,
    active_to: o.activeTo,
  };
}

function toDepartment(r: Omit<DepartmentRow, 'version'>): Department {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    lbfNumber: r.lbf_number,
    name: r.name,
    address: r.address,
    locationMunicipality: r.location_municipality,
    homes: r.homes,
    kind: r.kind as Department['kind'],
    hasDepartmentBoard: r.has_department_board,
  };
}

function toRole(r: Omit<PersonRoleRow, 'id'>): PersonRole {
  const span = { from: r.from_date, to: r.to_date };
  switch (r.kind) {
    case 'official':
      return { kind: 'official', municipality: r.municipality ?? '', unit: r.unit ?? '', ...span };
    case 'mayor':
      return { kind: 'mayor', municipality: r.municipality ?? '', ...span };
    case 'councilMember':
      return { kind: 'councilMember', municipality: r.municipality ?? '', party: r.party ?? '', ...span };
    case 'administratorStaff':
      return { kind: 'administratorStaff', organisationId: r.organisation_id ?? '', ...span };
    default:
      return {
        kind: r.kind as 'boardChair' | 'boardViceChair' | 'boardMember',
        organisationId: r.organisation_id ?? '',
        ...span,
      };
  }
}

function roleColumns(personId: string, role: PersonRole) {
  return {
    person_id: personId,
    kind: role.kind,
    municipality: 'municipality' in role ? role.municipality : null,
    unit: role.kind === 'official' ? role.unit : null,
    party: role.kind === 'councilMember' ? role.party : null,
    organisation_id: 'organisationId' in role ? role.organisationId : null,
    from_date: role.from,
    to_date: role.to,
  };
}

function departmentColumns(d: Department) {
  return {
    organisation_id: d.organisationId,
    lbf_number: d.lbfNumber,
    name: d.name,
    address: d.address,
    location_municipality: d.locationMunicipality,
    homes: d.homes,
    kind: d.kind,
    has_department_board: d.hasDepartmentBoard,
  };
}

export function createRegistryStore(db: Kysely<Database>): RegistryStore {
  async function rolesByPerson(personIds: string[]): Promise<Map<string, PersonRole[]>> {
    const map = new Map<string, PersonRole[]>();
    if (personIds.length === 0) return map;
    const rows = await db
      .selectFrom('person_role')
      .selectAll()
      .where('person_id', 'in', personIds)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = map.get(r.person_id) ?? [];
      list.push(toRole(r));
      map.set(r.person_id, list);
    }
    return map;
  }

  /** Address and suspension (issue 17). */
  function tenancyColumns(r: Selectable<MunicipalityRow>) {
    return {
      address: r.address,
      suspension: r.suspended_at
        ? { since: new Date(r.suspended_at).toISOString(), reason: r.suspension_reason }
        : null,
    };
  }

  return {
    async listMunicipalities() {
      const rows = await db.selectFrom('municipality').selectAll().orderBy('code').execute();
      return sortDanish(rows, (r) => r.name).map((r) => ({
        code: r.code,
        name: r.name,
        supervisingUnit: r.supervising_unit,
        accountsUrl: r.accounts_url,
        bodyAbbreviations: r.body_abbreviations,
        accessibilityStatementUrl: r.accessibility_statement_url,
        privacyNoticeUrl: r.privacy_notice_url,
        ...tenancyColumns(r),
      }));
    },

    async getMunicipality(code) {
      const r = await db.selectFrom('municipality').selectAll().where('code', '=', code).executeTakeFirst();
      if (!r) return null;
      return {
        code: r.code,
        name: r.name,
        supervisingUnit: r.supervising_unit,
        accountsUrl: r.accounts_url,
        bodyAbbreviations: r.body_abbreviations,
        accessibilityStatementUrl: r.accessibility_statement_url,
        privacyNoticeUrl: r.privacy_notice_url,
        ...tenancyColumns(r),
        isDemo: r.is_demo,
      };
    },

    async insertMunicipality(m) {
      const r = await db
        .insertInto('municipality')
        .values({
          code: m.code,
          name: m.name,
          supervising_unit: m.supervisingUnit,
          accounts_url: m.accountsUrl,
          body_abbreviations: JSON.stringify(m.bodyAbbreviations),
          address: m.address ?? null,
          accessibility_statement_url: m.accessibilityStatementUrl ?? null,
          privacy_notice_url: m.privacyNoticeUrl ?? null,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async setMunicipalitySuspension(code, suspension) {
      await db
        .updateTable('municipality')
        .set({
          suspended_at: suspension?.at ?? null,
          suspension_reason: suspension?.reason ?? null,
          version: sql`version + 1`,
        })
        .where('code', '=', code)
        .execute();
    },

    async saveMunicipalityNotices(code, notices, expectedVersion) {
      const r = await db
        .updateTable('municipality')
        .set({
          accessibility_statement_url: notices.accessibilityStatementUrl,
          privacy_notice_url: notices.privacyNoticeUrl,
          // A change of the municipality: a settings form opened before it is now stale.
          version: expectedVersion + 1,
        })
        .where('code', '=', code)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async saveMunicipality(m, isDemo, expectedVersion) {
      const values = {
        name: m.name,
        supervising_unit: m.supervisingUnit,
        accounts_url: m.accountsUrl,
        body_abbreviations: JSON.stringify(m.bodyAbbreviations),
        is_demo: isDemo,
      };
      if (expectedVersion !== undefined) {
        const r = await db
          .updateTable('municipality')
          .set({ ...values, version: expectedVersion + 1 })
          .where('code', '=', m.code)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      }
      await db
        .insertInto('municipality')
        .values({ code: m.code, ...values })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ ...values, version: sql`municipality.version + 1` }),
        )
        .execute();
      return true;
    },

    async listOrganisations(municipality): Promise<OrganisationSummary[]> {
      // Counted per organisation (a lateral subquery on the (organisation_id, lbf_number) index),
      // not by joining the departments and grouping: with the country's departments in the table
      // the planner preferred a scan of all of them (7,085) for the largest municipality's 822.
      const rows = await db
        .selectFrom('housing_organisation as o')
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('department as d')
              .select([
                sql<number>`count(*)::int`.as('department_count'),
                sql<number>`coalesce(sum(d.homes), 0)::int`.as('home_count'),
              ])
              .whereRef('d.organisation_id', '=', 'o.id')
              .as('d'),
          (join) => join.onTrue(),
        )
        .selectAll('o')
        .select(['d.department_count', 'd.home_count'])
        .where('o.municipality', '=', municipality)
        .orderBy('o.id')
        .execute();
      return sortDanish(rows, (r) => r.name).map((r) => ({
        organisation: toOrganisation(r),
        departments: r.department_count,
        homes: r.home_count,
      }));
    },

    async getOrganisation(municipality, id) {
      const r = await db
        .selectFrom('housing_organisation')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? toOrganisation(r) : null;
    },

    async findOrganisationByCvr(municipality, cvr) {
      const r = await db
        .selectFrom('housing_organisation')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('cvr', '=', cvr)
        .executeTakeFirst();
      return r ? toOrganisation(r) : null;
    },

    async insertOrganisation(municipality, o) {
      await db
        .insertInto('housing_organisation')
        .values({ id: o.id, ...organisationColumns(municipality, o) })
        .execute();
    },

    async insertOrganisations(municipality, organisations) {
      for (const batch of chunks(organisations)) {
        await db
          .insertInto('housing_organisation')
          .values(batch.map((o) => ({ id: o.id, ...organisationColumns(municipality, o) })))
          .execute();
      }
    },

    async updateOrganisation(municipality, o, expectedVersion) {
      const result = await db
        .updateTable('housing_organisation')
        .set({ ...organisationColumns(municipality, o), version: expectedVersion + 1 })
        .where('id', '=', o.id)
        .where('municipality', '=', municipality)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listDepartments(organisationId) {
      const rows = await db
        .selectFrom('department')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        // Natural order of the numbers: 2 before 10.
        .orderBy(sql`length(lbf_number)`)
        .orderBy('lbf_number')
        .execute();
      return rows.map(toDepartment);
    },

    async listDepartmentsOfMunicipality(municipality) {
      const rows = await db
        .selectFrom('department as d')
        .innerJoin('housing_organisation as o', 'o.id', 'd.organisation_id')
        .selectAll('d')
        .select('o.name as organisation_name')
        .where('o.municipality', '=', municipality)
        .orderBy('o.id')
        .orderBy(sql`length(d.lbf_number)`)
        .orderBy('d.lbf_number')
        .execute();
      // Stable sort: each organisation's departments stay together, in number order.
      return rows.sort((a, b) => compareDanish(a.organisation_name, b.organisation_name)).map(toDepartment);
    },

    async getDepartment(id) {
      const r = await db.selectFrom('department').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toDepartment(r) : null;
    },

    async saveDepartment(d, expectedVersion) {
      const values = departmentColumns(d);
      if (expectedVersion !== undefined) {
        const r = await db
          .updateTable('department')
          .set({ ...values, version: expectedVersion + 1 })
          .where('id', '=', d.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      }
      await db
        .insertInto('department')
        .values({ id: d.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, version: sql`department.version + 1` }))
        .execute();
      return true;
    },

    async saveDepartments(departments) {
      for (const batch of chunks(departments)) {
        await db
          .insertInto('department')
          .values(batch.map((d) => ({ id: d.id, ...departmentColumns(d) })))
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              organisation_id: eb.ref('excluded.organisation_id'),
              lbf_number: eb.ref('excluded.lbf_number'),
              name: eb.ref('excluded.name'),
              address: eb.ref('excluded.address'),
              location_municipality: eb.ref('excluded.location_municipality'),
              homes: eb.ref('excluded.homes'),
              kind: eb.ref('excluded.kind'),
              has_department_board: eb.ref('excluded.has_department_board'),
              version: sql`department.version + 1`,
            })),
          )
          .execute();
      }
    },

    async savePersons(municipality, persons) {
      for (const batch of chunks(persons)) {
        await db
          .insertInto('person')
          .values(
            batch.map((p) => ({ id: p.id, municipality, name: p.name, email: p.email, phone: p.phone })),
          )
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              municipality: eb.ref('excluded.municipality'),
              name: eb.ref('excluded.name'),
              email: eb.ref('excluded.email'),
              phone: eb.ref('excluded.phone'),
              version: sql`person.version + 1`,
            })),
          )
          .execute();
        await db
          .deleteFrom('person_role')
          .where(
            'person_id',
            'in',
            batch.map((p) => p.id),
          )
          .execute();
      }
      for (const roles of chunks(persons.flatMap((p) => p.roles.map((role) => roleColumns(p.id, role))))) {
        await db.insertInto('person_role').values(roles).execute();
      }
    },

    async listPersons(municipality) {
      const rows = await db
        .selectFrom('person')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('id')
        .execute();
      const roles = await rolesByPerson(rows.map((r) => r.id));
      return sortDanish(rows, (r) => r.name).map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        phone: r.phone,
        roles: roles.get(r.id) ?? [],
      }));
    },

    async getPerson(municipality, id) {
      const r = await db
        .selectFrom('person')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return null;
      const roles = await rolesByPerson([r.id]);
      return { id: r.id, name: r.name, email: r.email, phone: r.phone, roles: roles.get(r.id) ?? [] };
    },

    async findPersonByEmail(municipality, email) {
      const r = await db
        .selectFrom('person')
        .select('id')
        .where('municipality', '=', municipality)
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .executeTakeFirst();
      return r ? this.getPerson(municipality, r.id) : null;
    },

    async savePerson(municipality, p, expectedVersion) {
      const values = { municipality, name: p.name, email: p.email, phone: p.phone };
      if (expectedVersion !== undefined) {
        // The row lock taken here also orders the role rewrite below behind a concurrent save.
        const r = await db
          .updateTable('person')
          .set({ ...values, version: expectedVersion + 1 })
          .where('id', '=', p.id)
          .where('municipality', '=', municipality)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return false;
      } else {
        await db
          .insertInto('person')
          .values({ id: p.id, ...values })
          .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, version: sql`person.version + 1` }))
          .execute();
      }
      await db.deleteFrom('person_role').where('person_id', '=', p.id).execute();
      if (p.roles.length > 0) {
        await db
          .insertInto('person_role')
          .values(p.roles.map((role) => roleColumns(p.id, role)))
          .execute();
      }
      return true;
    },

    async versionsOf(kind, ids) {
      if (ids.length === 0) return new Map();
      const rows =
        kind === 'municipality'
          ? await db
              .selectFrom('municipality')
              .select(['code as id', 'version'])
              .where('code', 'in', [...ids])
              .execute()
          : await db
              .selectFrom(kind)
              .select(['id', 'version'])
              .where('id', 'in', [...ids])
              .execute();
      return new Map(rows.map((r) => [r.id, r.version]));
    },

    async listBodies(municipality) {
      const rows = await db
        .selectFrom('body')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('id')
        .execute();
      return sortDanish(rows, (r) => r.name).map((r) => ({
        id: r.id,
        municipality: r.municipality,
        abbreviation: r.abbreviation,
        name: r.name,
        kind: r.kind as Body['kind'],
        supervises: r.supervises,
      }));
    },

    async saveBody(b) {
      const values = {
        municipality: b.municipality,
        abbreviation: b.abbreviation,
        name: b.name,
        kind: b.kind,
        supervises: b.supervises,
      };
      await db
        .insertInto('body')
        .values({ id: b.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },

    async listMemberships(municipality): Promise<BodyMembership[]> {
      const rows = await db
        .selectFrom('body_membership as m')
        .innerJoin('body as b', 'b.id', 'm.body_id')
        .selectAll('m')
        .where('b.municipality', '=', municipality)
        .execute();
      return rows.map((r) => ({
        bodyId: r.body_id,
        personId: r.person_id,
        electionPeriod: r.election_period,
        role: r.role as BodyMembership['role'],
      }));
    },

    async saveMembership(m) {
      await db
        .insertInto('body_membership')
        .values({ body_id: m.bodyId, person_id: m.personId, election_period: m.electionPeriod, role: m.role })
        .onConflict((oc) =>
          oc.columns(['body_id', 'person_id', 'election_period']).doUpdateSet({ role: m.role }),
        )
        .execute();
    },

    async listElectionPeriods(): Promise<ElectionPeriodRecord[]> {
      const rows = await db.selectFrom('election_period').selectAll().orderBy('starts_on').execute();
      return rows.map((r) => ({
        label: r.label,
        electionDate: r.election_date,
        start: r.starts_on,
        end: r.ends_on,
      }));
    },

    async saveElectionPeriod(p) {
      const values = { election_date: p.electionDate, starts_on: p.start, ends_on: p.end };
      await db
        .insertInto('election_period')
        .values({ label: p.label, ...values })
        .onConflict((oc) => oc.column('label').doUpdateSet(values))
        .execute();
    },
  } satisfies RegistryStore & Record<string, unknown>;
}
