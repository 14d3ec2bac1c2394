/**
 * The compliance grid: organisations × years with the status of each statutory obligation, the
 * summary of every year, the joint and political obligations, and the agreements' one-line
 * summary — the read model of the Overblik, and what the API's compliance resource and the CLI's
 * `compliance` command present for one year.
 *
 * The assessed obligations come from stored compliance (compliance-state.ts: one indexed select
 * for all years when current, else derived fresh); with the municipality, its content version and
 * the agreements that is a fixed number of queries whatever the number of organisations. The grid
 * cells are looked up by key, never by scanning a list per cell. Status words come from domain/compliance/labels.ts.
 */

import { z } from 'zod';
import { summariseAgreements } from '../../domain/agreements/follow-up.ts';
import type { ComplianceSummary } from '../../domain/compliance/summarise-compliance.ts';
import type { ComplianceStatus } from '../../domain/compliance/types.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { compareDanish } from '../../domain/shared/danish-order.ts';
import { type Actor, authorize, may, organisationScope } from '../actor.ts';
import type { AgreementState } from '../agreements/agreement-store.ts';
import { notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { memoRead } from '../read-cache/read-model-cache.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, knownComplianceContent } from '../use-case.ts';
import { factRecorders, governanceReaders } from './access.ts';
import { type AssessedYear, complianceYears } from './compliance-state.ts';
import type { ComplianceContent } from './compliance-state-store.ts';
import { yearInput } from './inputs.ts';
import { agreementsInScope, contentKey, municipalityAgreementStates } from './municipality-read-models.ts';
import { type AssessedObligationView, assessedObligationView } from './obligation-view.ts';

/** A status as the grid shows it: the code for styling, the one Danish wording for reading. */
export interface StatusCell {
  obligationId: string;
  status: ComplianceStatus;
  late: boolean;
  statusLabel: string;
}

export interface ComplianceYear {
  year: number;
  summary: ComplianceSummary | null;
  sentences: string[];
  obligations: AssessedObligationView[];
}

export interface ComplianceGridRow {
  organisation: { id: string; name: string };
  /** One per year of the grid, in the grid's order; null where no such obligation is owed. */
  cells: { year: number; dialogueMeeting: StatusCell | null; documentationPackage: StatusCell | null }[];
}

export interface ComplianceGrid {
  municipality: Municipality & { isDemo: boolean };
  /** The year in focus (summary, joint obligations, the list of all obligations). */
  year: number;
  years: ComplianceYear[];
  current: ComplianceYear;
  rows: ComplianceGridRow[];
  /** The current year's obligations shared by all organisations (joint and political meetings). */
  joint: AssessedObligationView[];
  /** "Aftaler: X opfyldt, Y i gang, Z over deadline." over the agreements the viewer may see. */
  agreements: { sentence: string };
  can: { recordFacts: boolean };
}

const GRID_KINDS = ['dialogueMeeting', 'documentationPackage'] as const;
const cellKey = (organisationId: string, year: number, kind: string) => `${organisationId}|${year}|${kind}`;

function statusCell(o: AssessedObligationView): StatusCell {
  return {
    obligationId: o.id,
    status: o.status,
    late: o.completedLate,
    statusLabel: o.statusLabel,
  };
}

/** The grid without what depends on the viewer (the agreements' sentence, what they may do). */
type SharedGrid = Omit<ComplianceGrid, 'agreements' | 'can'>;

/**
 * Loads once and builds the grid; the front page use case shares it. One version query
 * (compliance_content) per call; the viewer-independent part comes from the instance's read
 * cache when that version and day were read before, and the agreements' sentence is computed
 * for the viewer's own organisations after the cache.
 */
export async function loadComplianceGrid(
  s: Store,
  actor: Actor,
  today: string,
  municipalityCodeValue: string,
  year: number,
  gridYears: readonly number[],
  /** The municipality's content row when the caller has already read it in this request. */
  known?: ComplianceContent | null,
): Promise<ComplianceGrid> {
  const content = known !== undefined ? known : await s.compliance.content(municipalityCodeValue);
  const [shared, agreements] = await Promise.all([
    sharedGrid(s, content, today, municipalityCodeValue, year, gridYears),
    municipalityAgreementStates(s, content, municipalityCodeValue),
  ]);
  return {
    ...shared,
    agreements: { sentence: agreementSentence(s, actor, municipalityCodeValue, agreements, content, today) },
    can: { recordFacts: may(actor, factRecorders, { municipality: municipalityCodeValue }) },
  };
}

/** The agreements' sentence over what the viewer may see; the whole municipality's is kept per version and day. */
function agreementSentence(
  s: Store,
  actor: Actor,
  municipality: string,
  agreements: readonly AgreementState[],
  content: ComplianceContent | null,
  today: string,
): string {
  if (organisationScope(actor, municipality) !== 'all')
    return summariseAgreements(agreementsInScope(actor, municipality, agreements), today).sentence;
  const key = content ? `${content.version}|${today}` : null;
  return memoRead(
    s.readCache,
    `agreement-sentence:${municipality}`,
    key,
    () => summariseAgreements(agreements, today).sentence,
  );
}

async function sharedGrid(
  s: Store,
  content: ComplianceContent | null,
  today: string,
  municipalityCodeValue: string,
  year: number,
  gridYears: readonly number[],
): Promise<SharedGrid> {
  const slot = `compliance-grid:${municipalityCodeValue}:${year}:${gridYears.join(',')}`;
  return memoRead(s.readCache, slot, contentKey(content, today), async () => {
    const municipality = await s.registry.getMunicipality(municipalityCodeValue);
    if (!municipality) throw notFound('Kommunen');
    const allYears = [...new Set([...gridYears, year])].sort((a, b) => a - b);
    const assessed = await complianceYears(s, municipalityCodeValue, allYears, today, content);
    return buildSharedGrid(municipality, assessed, year, gridYears);
  });
}

function buildSharedGrid(
  municipality: Municipality & { isDemo: boolean },
  assessed: AssessedYear[],
  year: number,
  gridYears: readonly number[],
): SharedGrid {
  const allYears = assessed.map((y) => y.year);
  const years = assessed.map((y): ComplianceYear => {
    const byId = new Map(y.assessments.map((a) => [a.obligationId, a]));
    return {
      year: y.year,
      summary: y.summary,
      sentences: y.summary?.sentences ?? [],
      obligations: y.obligations.map((o) => assessedObligationView(o, byId.get(o.id))),
    };
  });
  const cells = new Map<string, StatusCell>();
  const names = new Map<string, string>();
  for (const y of years)
    for (const o of y.obligations) {
      if (!o.organisation) continue;
      names.set(o.organisation.id, o.organisation.name);
      if ((GRID_KINDS as readonly string[]).includes(o.kind) && o.periodLabel === String(y.year))
        cells.set(cellKey(o.organisation.id, y.year, o.kind), statusCell(o));
    }
  const shown = allYears.filter((y) => gridYears.includes(y));
  const rows = [...names.entries()]
    .sort((a, b) => compareDanish(a[1], b[1]))
    .map(([id, name]) => ({
      organisation: { id, name },
      cells: shown.map((y) => ({
        year: y,
        dialogueMeeting: cells.get(cellKey(id, y, 'dialogueMeeting')) ?? null,
        documentationPackage: cells.get(cellKey(id, y, 'documentationPackage')) ?? null,
      })),
    }));
  const current = years.find((y) => y.year === year)!;
  return {
    municipality,
    year,
    years: years.filter((y) => gridYears.includes(y.year)),
    current,
    rows,
    joint: current.obligations.filter((o) => o.organisation === null),
  };
}

export const complianceGrid = defineUseCase({
  name: 'complianceGrid',
  summary: 'Vis opfyldelsen af forpligtelserne for en række år (Overblik)',
  mutates: false,
  access: governanceReaders,
  input: z.object({
    municipality: municipalityCode,
    /** The year in focus. */
    year: yearInput,
    /** The grid's columns; just `year` when left out. */
    years: z.array(yearInput).min(1).max(10).optional(),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, governanceReaders, { municipality: input.municipality });
    return ctx.uow.read((s) =>
      loadComplianceGrid(
        s,
        ctx.actor,
        ctx.today,
        input.municipality,
        input.year,
        input.years ?? [input.year],
        // The row the edge read for the ETag, when it did: one version query per request.
        knownComplianceContent(ctx, input.municipality),
      ),
    );
  },
});
