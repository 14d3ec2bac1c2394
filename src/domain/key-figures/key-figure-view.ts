/**
 * The key figures of an organisation for the briefing and the organisation's key figure page:
 * the year's figures beside the municipal and national medians, the trends over the years
 * (organisation and each department), the flags, and the codes the product does not know
 * (kept and shown as imported). Pure: the use cases load, this decides what is shown.
 */
import { FIGURE_DEFINITIONS, figureDefinition } from './figure-codes.ts';
import { flagsFor, type KeyFigureFlag } from './flags.ts';
import { median } from './median.ts';
import { type DepartmentSize, type OrganisationFigure, organisationFigure } from './organisation-figures.ts';
import { hasData, type Trend, trend } from './trends.ts';
import type { FlagThresholds, KeyFigure } from './types.ts';

export interface ViewOrganisation {
  id: string;
  name: string;
  departments: readonly (DepartmentSize & { name: string })[];
}

export interface FigureRow {
  code: string;
  label: string;
  unit: string;
  value: number | null;
  /** Derived from the departments' figures (organisation-figures.ts). */
  derived: boolean;
  municipalMedian: number | null;
  nationalMedian: number | null;
}

export interface DepartmentFigures {
  id: string;
  name: string;
  homes: number;
  /** The year's known figures of the department. */
  figures: FigureRow[];
  trends: Trend[];
  flags: KeyFigureFlag[];
}

export interface OrganisationKeyFigures {
  year: number;
  years: number[];
  figures: FigureRow[];
  /** Figures with codes the product does not know, for the year: shown as imported. */
  otherFigures: { departmentName: string | null; code: string; value: number; unit: string }[];
  trends: Trend[];
  flags: KeyFigureFlag[];
  departments: DepartmentFigures[];
  /** Any figure shown is demo data (source `demo`). */
  demo: boolean;
}

/**
 * The figures looked up by key instead of by scanning, and the municipal medians taken once: a
 * briefing compares every department with every other for every year and code, which by
 * scanning (or by taking each median again per organisation) is quadratic in the number of
 * departments. Build it once per municipality and year and pass it to every
 * `organisationKeyFigures` call of the same figures and peers.
 */
export interface KeyFigureIndex {
  figures: readonly KeyFigure[];
  peers: readonly ViewOrganisation[];
  department(departmentId: string, y: number, code: string): number | null;
  national(y: number, code: string): number | null;
  organisation(o: ViewOrganisation, y: number, code: string): OrganisationFigure | null;
  /** The median over the peers' departments (unrounded); null for none. */
  departmentMedian(y: number, code: string): number | null;
  /** The median over the peer organisations (unrounded); null for none. */
  organisationMedian(y: number, code: string): number | null;
}

export function keyFigureIndex(
  figures: readonly KeyFigure[],
  peers: readonly ViewOrganisation[],
): KeyFigureIndex {
  const national = new Map<string, number>();
  // Department ids are unique across organisations, so a department's key needs no organisation.
  const byDepartment = new Map<string, number>();
  const byOrganisation = new Map<string, KeyFigure[]>();
  for (const f of figures) {
    if (f.organisationId === null) national.set(`${f.steeringYear}|${f.code}`, f.value);
    else {
      if (f.departmentId !== null) byDepartment.set(`${f.departmentId}|${f.steeringYear}|${f.code}`, f.value);
      const k = `${f.organisationId}|${f.steeringYear}|${f.code}`;
      byOrganisation.set(k, [...(byOrganisation.get(k) ?? []), f]);
    }
  }
  const memo = new Map<string, OrganisationFigure | null>();
  const organisation = (o: ViewOrganisation, y: number, code: string) => {
    const k = `${o.id}|${y}|${code}`;
    if (!memo.has(k))
      memo.set(k, organisationFigure(byOrganisation.get(k) ?? [], o.id, o.departments, y, code));
    return memo.get(k) ?? null;
  };
  const department = (departmentId: string, y: number, code: string) =>
    byDepartment.get(`${departmentId}|${y}|${code}`) ?? null;
  const allDepartments = peers.flatMap((p) => p.departments.map((d) => d.id));
  const medians = new Map<string, number | null>();
  const memoMedian = (key: string, values: () => (number | null)[]) => {
    if (!medians.has(key)) medians.set(key, median(values().filter((v): v is number => v !== null)));
    return medians.get(key) ?? null;
  };
  return {
    figures,
    peers,
    department,
    national: (y, code) => national.get(`${y}|${code}`) ?? null,
    organisation,
    departmentMedian: (y, code) =>
      memoMedian(`d|${y}|${code}`, () => allDepartments.map((id) => department(id, y, code))),
    organisationMedian: (y, code) =>
      memoMedian(`o|${y}|${code}`, () => peers.map((p) => organisation(p, y, code)?.value ?? null)),
  };
}

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function organisationKeyFigures(input: {
  organisation: ViewOrganisation;
  /** Every organisation of the municipality the medians are taken over (incl. this one). */
  peers: readonly ViewOrganisation[];
  figures: readonly KeyFigure[];
  thresholds: FlagThresholds;
  year: number;
  years: readonly number[];
  /** The index of these figures and peers, shared by every organisation of a briefing. */
  index?: KeyFigureIndex;
}): OrganisationKeyFigures {
  const { organisation, peers, figures, year, years } = input;
  const index =
    input.index && input.index.figures === figures && input.index.peers === peers
      ? input.index
      : keyFigureIndex(figures, peers);
  const orgValue = (o: ViewOrganisation, y: number, code: string) =>
    index.organisation(o, y, code)?.value ?? null;
  const depValue = (departmentId: string, y: number, code: string) => index.department(departmentId, y, code);
  const national = (y: number, code: string) => index.national(y, code);
  const figureRows = (
    ownValue: (code: string) => { value: number; derived: boolean } | null,
    peerMedian: (code: string) => number | null,
  ) =>
    FIGURE_DEFINITIONS.flatMap((d) => {
      const own = ownValue(d.code);
      if (!own) return [];
      return [
        {
          code: d.code,
          label: d.label,
          unit: d.unit,
          value: own.value,
          derived: own.derived,
          municipalMedian: round2(peerMedian(d.code)),
          nationalMedian: national(year, d.code),
        },
      ];
    });

  const charted = FIGURE_DEFINITIONS.filter((d) => d.charted);
  const orgTrends = charted
    .map((d) =>
      trend({
        code: d.code,
        label: d.label,
        unit: d.unit,
        years,
        subject: organisation,
        valueOf: (o, y) => orgValue(o, y, d.code),
        medianOf: (y) => index.organisationMedian(y, d.code),
        nationalOf: (y) => national(y, d.code),
      }),
    )
    .filter(hasData);

  const departments = organisation.departments.map((dep) => {
    const rows = figureRows(
      (code) => {
        const v = depValue(dep.id, year, code);
        return v === null ? null : { value: v, derived: false };
      },
      (code) => index.departmentMedian(year, code),
    );
    const trends = charted
      .map((d) =>
        trend({
          code: d.code,
          label: d.label,
          unit: d.unit,
          years,
          subject: dep.id,
          valueOf: (id, y) => depValue(id, y, d.code),
          medianOf: (y) => index.departmentMedian(y, d.code),
          nationalOf: () => null,
        }),
      )
      .filter(hasData);
    return {
      id: dep.id,
      name: dep.name,
      homes: dep.homes,
      figures: rows,
      trends,
      flags: flagsFor(
        {
          effektivitetstal: depValue(dep.id, year, 'effektivitetstal'),
          tomgang_pct: depValue(dep.id, year, 'tomgang_pct'),
        },
        input.thresholds,
      ),
    };
  });

  const own = figures.filter((f) => f.organisationId === organisation.id);
  const departmentName = new Map(organisation.departments.map((d) => [d.id, d.name]));
  return {
    year,
    years: [...years],
    figures: figureRows(
      (code) => index.organisation(organisation, year, code),
      (code) => index.organisationMedian(year, code),
    ),
    otherFigures: own
      .filter((f) => f.steeringYear === year && figureDefinition(f.code) === null)
      .map((f) => ({
        departmentName: f.departmentId ? (departmentName.get(f.departmentId) ?? null) : null,
        code: f.code,
        value: f.value,
        unit: f.unit,
      })),
    trends: orgTrends,
    flags: flagsFor(
      {
        effektivitetstal: orgValue(organisation, year, 'effektivitetstal'),
        tomgang_pct: orgValue(organisation, year, 'tomgang_pct'),
      },
      input.thresholds,
    ),
    departments,
    demo: own.some((f) => f.source === 'demo'),
  };
}
