/**
 * The obligation id scheme: `${kind}:${municipality}:${organisationId|'all'}:${periodLabel}:${ruleKey}#${n}`,
 * e.g. `dialogueMeeting:707:org-12:2027:legalFloor#1`, `themeMeeting:707:all:2026-2029:themeMeeting#1`.
 *
 * Why this shape: facts (meeting held, account published, package received) are stored against
 * the id, so the id must survive everything that does not change what is owed:
 * - it never contains the model id or version, so a new model version — or entering the model
 *   after facts were recorded under the legal floor — does not orphan facts;
 * - `ruleKey` is the rule's id (stable across versions by contract, see MeetingRule.id), EXCEPT for
 *   the statutory yearly dialogue meeting and the documentation package, whose key is always
 *   `legalFloor`: they are owed by law (almenboligloven § 164, stk. 2–3), whichever rule or
 *   model describes them;
 * - the period label, not a date, so it does not move when a window or deadline changes.
 * Rule ids and kinds cannot contain `:` or `#` (governance-model/identifiers.ts), so the id
 * parses unambiguously from both ends even if an organisation id contains `:`. Organisation ids
 * must not be the literal `all`, which stands for "all organisations".
 */
import type { ObligationKind } from './types.ts';

export const LEGAL_FLOOR_RULE_KEY = 'legalFloor';
export const ALL_ORGANISATIONS = 'all';

export interface ObligationIdParts {
  kind: ObligationKind;
  municipality: string;
  /** null = all organisations (joint or political meeting). */
  organisationId: string | null;
  periodLabel: string;
  ruleKey: string;
  sequence: number;
}

export function obligationId(p: ObligationIdParts): string {
  return `${p.kind}:${p.municipality}:${p.organisationId ?? ALL_ORGANISATIONS}:${p.periodLabel}:${p.ruleKey}#${p.sequence}`;
}

/** The parts of an id made by `obligationId`; null when `id` does not have that shape. */
export function parseObligationId(id: string): ObligationIdParts | null {
  const m = /^([^:#]+):([^:#]+):(.+):([^:#]+):([^:#]+)#(\d+)$/.exec(id);
  if (!m) return null;
  const [, kind, municipality, organisation, periodLabel, ruleKey, n] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    kind,
    municipality,
    organisationId: organisation === ALL_ORGANISATIONS ? null : organisation,
    periodLabel,
    ruleKey,
    sequence: Number(n),
  };
}
