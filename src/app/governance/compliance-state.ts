/**
 * Compliance as stored state (issue 18). A municipality's obligations and their assessments
 * change only when its facts, model versions or organisations change — database triggers bump
 * its compliance version then — or when a deadline passes, which the stored spans already cover
 * (domain/compliance/assessment-spans.ts). So:
 *
 * - `refreshStaleCompliance` runs inside every write transaction of a use case (runUseCase) and
 *   recomputes each municipality whose stored rows are older than its inputs, rewriting only the
 *   rows that changed;
 * - `complianceYears` answers from the stored rows with one indexed select when they are current
 *   and cover the years asked for, and computes fresh otherwise (a write outside runUseCase, or
 *   a year outside the stored range): never wrong, at worst slow;
 * - `rebuildCompliance` / `checkCompliance` are the operator's commands: recompute everything, or
 *   prove the stored state equals a fresh computation.
 */
import { createHash } from 'node:crypto';
import { assessCompliance } from '../../domain/compliance/assess-compliance.ts';
import { assessmentSpans } from '../../domain/compliance/assessment-spans.ts';
import { type ComplianceSummary, summariseCompliance } from '../../domain/compliance/summarise-compliance.ts';
import type { Fact, ObligationAssessment } from '../../domain/compliance/types.ts';
import { LEGAL_FLOOR_FIRST_STEERING_YEAR } from '../../domain/governance-model/legal-floor.ts';
import { deriveObligations } from '../../domain/obligations/derive-obligations.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import type { Store } from '../ports.ts';
import { type ComplianceContent, rowKey, type StoredComplianceRow } from './compliance-state-store.ts';

/** Years stored around the year of the computation: the Overblik's five and the plans ahead. */
const YEARS_BACK = 5;
const YEARS_AHEAD = 5;

export interface AssessedYear {
  year: number;
  obligations: Obligation[];
  assessments: ObligationAssessment[];
  summary: ComplianceSummary | null;
}

interface Inputs {
  obligationsOf: (year: number) => Obligation[];
  factsByObligation: Map<string, Fact[]>;
  facts: Fact[];
}

async function loadInputs(s: Store, municipality: string): Promise<Inputs> {
  const [versions, summaries, facts] = await Promise.all([
    s.governance.listModelVersions(municipality),
    s.registry.listOrganisations(municipality),
    s.governance.listFacts(municipality),
  ]);
  const models = versions.map((v) => v.model);
  const organisations = summaries.map((o) => o.organisation);
  const factsByObligation = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = factsByObligation.get(f.obligationId);
    if (list) list.push(f);
    else factsByObligation.set(f.obligationId, [f]);
  }
  return {
    obligationsOf: (year) => deriveObligations({ municipality, models, organisations, year }),
    factsByObligation,
    facts,
  };
}

/** The years stored for a municipality computed on `today`: recent history, any year with facts, and ahead. */
export function storedYears(today: string, facts: readonly Fact[]): { firstYear: number; lastYear: number } {
  const current = Number(today.slice(0, 4));
  let first = current - YEARS_BACK;
  for (const f of facts) first = Math.min(first, Number(f.date.slice(0, 4)));
  return { firstYear: Math.max(LEGAL_FLOOR_FIRST_STEERING_YEAR, first), lastYear: current + YEARS_AHEAD };
}

/** Every row of the municipality for the years, fresh from its inputs. */
function computeRows(inputs: Inputs, firstYear: number, lastYear: number): StoredComplianceRow[] {
  const rows: StoredComplianceRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const obligations = inputs.obligationsOf(year);
    for (let position = 0; position < obligations.length; position++) {
      const obligation = obligations[position]!;
      const facts = inputs.factsByObligation.get(obligation.id) ?? [];
      for (const span of assessmentSpans(obligation, facts)) {
        rows.push({
          year,
          obligationId: obligation.id,
          validFrom: span.from,
          validTo: span.to,
          position,
          obligation,
          assessment: span.assessment,
        });
      }
    }
  }
  return rows;
}

/** Object keys sorted: jsonb keeps no key order, so rows are compared in this form. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The engine builds its objects in a fixed key order, so plain JSON identifies a fresh row. */
function fingerprint(r: StoredComplianceRow): string {
  return createHash('sha1')
    .update(JSON.stringify([r.validTo, r.position, r.obligation, r.assessment]))
    .digest('base64');
}

/**
 * Recomputes one municipality and stores what changed; returns the number of rows deleted and
 * inserted. When only facts changed since the last computation (no model version or
 * organisation), the obligations are the same and only the changed facts' obligations are
 * recomputed from their stored rows; otherwise everything is derived and the rows whose
 * fingerprint changed are rewritten (`force`: every row).
 */
export async function recomputeCompliance(
  s: Store,
  municipality: string,
  today: string,
  options: { force?: boolean } = {},
): Promise<number> {
  const content = await s.compliance.lockForCompute(municipality);
  if (!(await s.registry.getMunicipality(municipality))) {
    await s.compliance.forget(municipality);
    return 0;
  }
  if (!options.force && !content.structureChanged && content.firstYear !== null) {
    const written = await recomputeFacts(s, municipality, content.complianceVersion, content.firstYear);
    if (written !== null) return written;
  }
  const inputs = await loadInputs(s, municipality);
  const { firstYear, lastYear } = storedYears(today, inputs.facts);
  const fresh = computeRows(inputs, firstYear, lastYear);
  const stored = await s.compliance.fingerprints(municipality);
  const insert: (StoredComplianceRow & { fingerprint: string })[] = [];
  const remove: string[] = [];
  const keep = new Set<string>();
  for (const r of fresh) {
    const key = rowKey(r);
    const fp = fingerprint(r);
    keep.add(key);
    const old = stored.get(key);
    if (old === fp && !options.force) continue;
    if (old !== undefined) remove.push(key);
    insert.push({ ...r, fingerprint: fp });
  }
  for (const key of stored.keys()) if (!keep.has(key)) remove.push(key);
  await s.compliance.apply(municipality, {
    remove,
    insert,
    computedVersion: content.complianceVersion,
    firstYear,
    lastYear,
  });
  return insert.length + remove.length;
}

/**
 * Only facts changed: the spans of the changed facts' obligations, from the obligations already
 * stored. Null when a fact lies before the stored years (the range grows: a full recompute).
 */
async function recomputeFacts(
  s: Store,
  municipality: string,
  version: number,
  firstYear: number,
): Promise<number | null> {
  const dirty = await s.compliance.dirtyObligations(municipality);
  const facts = await s.governance.listFactsFor(municipality, dirty);
  if (
    facts.some((f) => Number(f.date.slice(0, 4)) < firstYear && firstYear > LEGAL_FLOOR_FIRST_STEERING_YEAR)
  )
    return null;
  const factsOf = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = factsOf.get(f.obligationId);
    if (list) list.push(f);
    else factsOf.set(f.obligationId, [f]);
  }
  const old = await s.compliance.rowsOf(municipality, dirty);
  const seen = new Set<string>();
  const insert: (StoredComplianceRow & { fingerprint: string })[] = [];
  for (const r of old) {
    const key = `${r.year}|${r.obligationId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const span of assessmentSpans(r.obligation, factsOf.get(r.obligationId) ?? [])) {
      const row = { ...r, validFrom: span.from, validTo: span.to, assessment: span.assessment };
      insert.push({ ...row, fingerprint: fingerprint(row) });
    }
  }
  await s.compliance.replaceObligations(municipality, {
    obligationIds: dirty,
    insert,
    computedVersion: version,
  });
  return old.length + insert.length;
}

/**
 * Recomputes every municipality whose stored compliance is older than its inputs. runUseCase
 * calls it with `touchedByThisTransaction` before a use case's write transaction commits, so the
 * stored state never lags a change made through a use case (and a login never pays for a stale
 * municipality a script left behind); the server's start refreshes all of them.
 */
export async function refreshStaleCompliance(
  s: Store,
  today: string,
  options: { touchedByThisTransaction?: boolean } = {},
): Promise<string[]> {
  const stale = await s.compliance.staleMunicipalities(options);
  for (const m of stale) await recomputeCompliance(s, m, today);
  return stale;
}

function assessedYear(
  year: number,
  obligations: Obligation[],
  assessments: ObligationAssessment[],
): AssessedYear {
  // The names come from the obligations (the engine copies the registry's current names).
  const names = new Map<string, { id: string; name: string }>();
  for (const o of obligations) if (o.organisation) names.set(o.organisation.id, o.organisation);
  const summary =
    summariseCompliance(obligations, assessments, [...names.values()]).find((x) => x.steeringYear === year) ??
    null;
  return { year, obligations, assessments, summary };
}

/**
 * The obligations of each year assessed on `today`: from the stored rows when they are current
 * and cover the years (one indexed select), else computed fresh from the inputs.
 */
export async function complianceYears(
  s: Store,
  municipality: string,
  years: readonly number[],
  today: string,
  /** The municipality's content row when the caller has just read it (saves the query). */
  known?: ComplianceContent | null,
): Promise<AssessedYear[]> {
  const content = known !== undefined ? known : await s.compliance.content(municipality);
  const stored =
    content !== null &&
    content.computedVersion === content.complianceVersion &&
    content.firstYear !== null &&
    content.lastYear !== null &&
    years.every((y) => y >= content.firstYear! && y <= content.lastYear!);
  if (stored) {
    const rows = await s.compliance.rowsOn(municipality, years, today);
    const byYear = new Map<number, StoredComplianceRow[]>();
    for (const r of rows) {
      const list = byYear.get(r.year);
      if (list) list.push(r);
      else byYear.set(r.year, [r]);
    }
    return years.map((y) => {
      const list = byYear.get(y) ?? [];
      return assessedYear(
        y,
        list.map((r) => r.obligation),
        list.map((r) => r.assessment),
      );
    });
  }
  return freshComplianceYears(s, municipality, years, today);
}

/** The same as complianceYears, always computed from the inputs (the path before issue 18). */
export async function freshComplianceYears(
  s: Store,
  municipality: string,
  years: readonly number[],
  today: string,
): Promise<AssessedYear[]> {
  const inputs = await loadInputs(s, municipality);
  return years.map((y) => {
    const obligations = inputs.obligationsOf(y);
    return assessedYear(y, obligations, assessCompliance({ obligations, facts: inputs.facts, today }));
  });
}

export interface ComplianceCheck {
  municipality: string;
  /** Stored version behind the inputs' version. */
  stale: boolean;
  rows: number;
  missing: string[];
  extra: string[];
  different: string[];
}

/** Compares the stored rows with a fresh computation over the same years. */
export async function checkCompliance(
  s: Store,
  municipality: string,
  today: string,
): Promise<ComplianceCheck> {
  const [content, stored, inputs] = await Promise.all([
    s.compliance.content(municipality),
    s.compliance.allRows(municipality),
    loadInputs(s, municipality),
  ]);
  const range =
    content?.firstYear != null && content.lastYear != null
      ? { firstYear: content.firstYear, lastYear: content.lastYear }
      : storedYears(today, inputs.facts);
  const fresh = new Map(computeRows(inputs, range.firstYear, range.lastYear).map((r) => [rowKey(r), r]));
  const missing: string[] = [];
  const different: string[] = [];
  const extra: string[] = [];
  const seen = new Set<string>();
  for (const r of stored) {
    const key = rowKey(r);
    seen.add(key);
    const f = fresh.get(key);
    if (!f) extra.push(key);
    else if (canonical(r) !== canonical(f)) different.push(key);
  }
  for (const key of fresh.keys()) if (!seen.has(key)) missing.push(key);
  return {
    municipality,
    stale: content === null || content.computedVersion !== content.complianceVersion,
    rows: stored.length,
    missing,
    extra,
    different,
  };
}
