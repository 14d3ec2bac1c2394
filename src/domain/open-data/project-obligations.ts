/**
 * The public view of obligations and their compliance (the styringsdialog extension's
 * Obligation): one record per obligation id, from the newest year it was assessed in (an
 * election-period obligation appears in every year of the period). Evidence keeps its kind and
 * date; its reference only when it points at a meeting with a published account or is a web
 * address — portal numbers and notes typed into a fact stay internal.
 *
 * Time stamps: obligations are derived, not stored, so `created` is the municipality's and
 * `modified` the later of the municipality's change and the newest evidence (its date, at
 * midnight UTC) — documented in docs/oparl.md.
 */
import type { ObligationAssessment } from '../compliance/types.ts';
import type { Obligation } from '../obligations/types.ts';
import { isWebUrl } from '../shared/web-url.ts';
import type { OpenObligation } from './open-records.ts';
import type { Stamps } from './stamps.ts';

export function projectObligations(
  years: { year: number; obligations: Obligation[]; assessments: ObligationAssessment[] }[],
  publishedMeetingIds: ReadonlySet<string>,
  owner: Stamps,
): OpenObligation[] {
  const byId = new Map<string, OpenObligation>();
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const assessments = new Map(y.assessments.map((a) => [a.obligationId, a]));
    for (const o of y.obligations) {
      const a = assessments.get(o.id);
      const evidence = (a?.evidence ?? []).map((e) => ({
        kind: e.kind,
        date: e.date,
        meetingId: e.ref !== null && publishedMeetingIds.has(e.ref) ? e.ref : null,
        url: e.ref !== null && isWebUrl(e.ref) ? e.ref : null,
      }));
      const newest = evidence
        .map((e) => `${e.date}T00:00:00.000Z`)
        .sort()
        .at(-1);
      byId.set(o.id, {
        id: o.id,
        year: y.year,
        kind: o.kind,
        ruleId: o.ruleId,
        label: o.label,
        basis: o.basis,
        statutory: o.statutory,
        organisationId: o.organisation?.id ?? null,
        periodLabel: o.periodLabel,
        dueBy: o.dueBy,
        status: a?.status ?? 'due',
        completedOn: a?.completedOn ?? null,
        completedLate: a?.completedLate ?? false,
        evidence,
        created: owner.created,
        modified: newest && Date.parse(newest) > Date.parse(owner.modified) ? newest : owner.modified,
      });
    }
  }
  return [...byId.values()];
}
