/**
 * Kysely adapter of the key figures port (app/key-figures/key-figure-store.ts). Queries only.
 */
import { type Kysely, sql } from 'kysely';
import type { KeyFigureStore } from '../../app/key-figures/key-figure-store.ts';
import type { KeyFigure, KeyFigureSource } from '../../domain/key-figures/types.ts';
import type { Database, KeyFigureRow } from '../schema.ts';

type Selected = Pick<
  KeyFigureRow,
  'organisation_id' | 'department_id' | 'steering_year' | 'code' | 'value' | 'unit' | 'source'
>;

const toFigure = (r: Selected): KeyFigure => ({
  organisationId: r.organisation_id,
  departmentId: r.department_id,
  steeringYear: r.steering_year,
  code: r.code,
  value: Number(r.value),
  unit: r.unit,
  source: r.source as KeyFigureSource,
});

const toRow = (municipality: string, f: KeyFigure) => ({
  municipality,
  organisation_id: f.organisationId,
  department_id: f.departmentId,
  steering_year: f.steeringYear,
  code: f.code,
  value: f.value,
  unit: f.unit,
  source: f.source,
});

const COLUMNS = [
  'organisation_id',
  'department_id',
  'steering_year',
  'code',
  'value',
  'unit',
  'source',
] as const;

export function createKeyFigureStore(db: Kysely<Database>): KeyFigureStore {
  return {
    async list(municipality, filter = {}) {
      let q = db.selectFrom('key_figure').select(COLUMNS).where('municipality', '=', municipality);
      if (filter.years) {
        if (filter.years.length === 0) return [];
        q = q.where('steering_year', 'in', [...filter.years]);
      }
      if (filter.organisationIds) {
        const ids = [...filter.organisationIds];
        q = q.where((eb) =>
          ids.length === 0
            ? eb('organisation_id', 'is', null)
            : eb.or([eb('organisation_id', 'is', null), eb('organisation_id', 'in', ids)]),
        );
      }
      const rows = await q
        .orderBy('steering_year')
        .orderBy('organisation_id')
        .orderBy('department_id')
        .orderBy('code')
        .execute();
      return rows.map(toFigure);
    },
    async replaceYears(municipality, years, figures) {
      if (years.length > 0) {
        await db
          .deleteFrom('key_figure')
          .where('municipality', '=', municipality)
          .where('steering_year', 'in', [...years])
          .execute();
      }
      // Chunks keep each statement under the parameter limit on big files.
      for (let i = 0; i < figures.length; i += 500) {
        await db
          .insertInto('key_figure')
          .values(figures.slice(i, i + 500).map((f) => toRow(municipality, f)))
          .execute();
      }
      return figures.length;
    },
    async upsert(municipality, figure) {
      const before = await db
        .selectFrom('key_figure')
        .select(COLUMNS)
        .where('municipality', '=', municipality)
        .where(sql<boolean>`coalesce(organisation_id, '') = ${figure.organisationId ?? ''}`)
        .where(sql<boolean>`coalesce(department_id, '') = ${figure.departmentId ?? ''}`)
        .where('steering_year', '=', figure.steeringYear)
        .where('code', '=', figure.code)
        .executeTakeFirst();
      await db
        .deleteFrom('key_figure')
        .where('municipality', '=', municipality)
        .where(sql<boolean>`coalesce(organisation_id, '') = ${figure.organisationId ?? ''}`)
        .where(sql<boolean>`coalesce(department_id, '') = ${figure.departmentId ?? ''}`)
        .where('steering_year', '=', figure.steeringYear)
        .where('code', '=', figure.code)
        .execute();
      await db.insertInto('key_figure').values(toRow(municipality, figure)).execute();
      return before ? toFigure(before) : null;
    },
    async thresholds(municipality) {
      const row = await db
        .selectFrom('key_figure_setting')
        .select(['efficiency_below', 'vacancy_above'])
        .where('municipality', '=', municipality)
        .executeTakeFirst();
      return row
        ? { efficiencyBelow: Number(row.efficiency_below), vacancyAbove: Number(row.vacancy_above) }
        : null;
    },
    async saveThresholds(municipality, t) {
      await db
        .insertInto('key_figure_setting')
        .values({ municipality, efficiency_below: t.efficiencyBelow, vacancy_above: t.vacancyAbove })
        .onConflict((oc) =>
          oc
            .column('municipality')
            .doUpdateSet({ efficiency_below: t.efficiencyBelow, vacancy_above: t.vacancyAbove }),
        )
        .execute();
    },
  };
}
