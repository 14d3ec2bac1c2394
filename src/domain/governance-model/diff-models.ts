/**
 * Differences between two versions of a governance model, for the side-by-side version view.
 * Rules are paired by their id (the stable identity across versions); fields are compared leaf by
 * leaf, lists as a whole. Pure data out; the web layer decides how to show it.
 */
import type { GovernanceModel, MeetingRule } from './types.ts';

export interface FieldChange {
  /** e.g. `cadence.count`, `legalBasis.decisionDate`. */
  path: string;
  /** Danish name of the field. */
  field: string;
  before: unknown;
  after: unknown;
}

export type ModelChange =
  | { kind: 'modelChanged'; change: FieldChange; message: string }
  | { kind: 'ruleAdded'; ruleId: string; after: MeetingRule; message: string }
  | { kind: 'ruleRemoved'; ruleId: string; before: MeetingRule; message: string }
  | { kind: 'ruleChanged'; ruleId: string; changes: FieldChange[]; message: string };

export interface AlignedRule {
  ruleId: string;
  before: MeetingRule | null;
  after: MeetingRule | null;
}

const FIELD_NAMES: Record<string, string> = {
  name: 'Navn',
  municipality: 'Kommune',
  validFrom: 'Gyldig fra',
  validTo: 'Gyldig til',
  'legalBasis.body': 'Besluttende organ',
  'legalBasis.decisionDate': 'Beslutningsdato',
  'legalBasis.caseNumber': 'Sagsnummer',
  'legalBasis.politicalCaseId': 'Politisk sag',
  'legalBasis.text': 'Beslutningstekst',
  'legalBasis.route': 'Sagsgang',
  'template.id': 'Skabelon',
  'template.version': 'Skabelonens version',
  kind: 'Mødetype',
  label: 'Betegnelse',
  'cadence.unit': 'Hyppighed',
  'cadence.count': 'Antal møder',
  scope: 'Omfang',
  requiredParties: 'Faste parter',
  optionalParticipants: 'Øvrige deltagere',
  statutory: 'Lovpligtig',
  basis: 'Grundlag',
  'publishMinutes.required': 'Offentliggørelse af redegørelse',
  'publishMinutes.withinDays': 'Frist for offentliggørelse',
  window: 'Tidsvindue',
  'window.fromMonth': 'Tidsvindue, første måned',
  'window.toMonth': 'Tidsvindue, sidste måned',
  basedOnDocumentationPackage: 'Dokumentationspakken som grundlag',
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function diffValues(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) diffValues(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ path, field: FIELD_NAMES[path] ?? path, before, after });
}

/** Pairs rules by id: `a`'s rules in their order, then the rules only `b` has, in `b`'s order. */
export function alignRules(a: GovernanceModel, b: GovernanceModel): AlignedRule[] {
  const rows: AlignedRule[] = a.meetingRules.map((rule) => ({
    ruleId: rule.id,
    before: rule,
    after: b.meetingRules.find((r) => r.id === rule.id) ?? null,
  }));
  for (const rule of b.meetingRules) {
    if (!a.meetingRules.some((r) => r.id === rule.id))
      rows.push({ ruleId: rule.id, before: null, after: rule });
  }
  return rows;
}

/** What changed from version `a` to version `b` (id and version number are not compared). */
export function diffModels(a: GovernanceModel, b: GovernanceModel): ModelChange[] {
  const out: ModelChange[] = [];
  const { id: _ia, version: _va, meetingRules: _ra, ...headA } = a;
  const { id: _ib, version: _vb, meetingRules: _rb, ...headB } = b;
  const headChanges: FieldChange[] = [];
  diffValues(headA, headB, '', headChanges);
  for (const change of headChanges) {
    out.push({ kind: 'modelChanged', change, message: `${change.field} ændret` });
  }
  for (const { ruleId, before, after } of alignRules(a, b)) {
    if (before && !after) {
      out.push({ kind: 'ruleRemoved', ruleId, before, message: `Regel fjernet: ${before.label}` });
    } else if (!before && after) {
      out.push({ kind: 'ruleAdded', ruleId, after, message: `Regel tilføjet: ${after.label}` });
    } else if (before && after) {
      const changes: FieldChange[] = [];
      diffValues(before, after, '', changes);
      if (changes.length > 0) {
        out.push({
          kind: 'ruleChanged',
          ruleId,
          changes,
          message: `Regel ændret: ${after.label} (${changes.map((c) => c.field.toLowerCase()).join(', ')})`,
        });
      }
    }
  }
  return out;
}
