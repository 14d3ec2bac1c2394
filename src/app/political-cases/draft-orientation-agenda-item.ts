import { z } from 'zod';
import { OBJECTIVE_AREA_LABELS, STATUS_LABELS } from '../../domain/agreements/labels.ts';
import { assessCompliance } from '../../domain/compliance/assess-compliance.ts';
import { COMPLIANCE_STATUS_LABELS } from '../../domain/compliance/labels.ts';
import { summariseCompliance } from '../../domain/compliance/summarise-compliance.ts';
import type { ComplianceStatus } from '../../domain/compliance/types.ts';
import type { GovernanceModel } from '../../domain/governance-model/types.ts';
import {
  type OrientationAgreements,
  orientationAgendaItem,
} from '../../domain/political-case/orientation-item.ts';
import { politicalCaseToMarkdown } from '../../domain/political-case/to-markdown.ts';
import { authorize } from '../actor.ts';
import { yearInput } from '../governance/inputs.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';

/** The statuses the orientation names, in the one wording of domain/compliance/labels.ts. */
const FLAGGED: readonly ComplianceStatus[] = ['missed', 'overdue'];

/** At most this many findings are named; the rest are counted. */
const MAX_FINDINGS = 12;

/** The model version in force for the most of `year`: the latest one that starts by its end. */
function modelOfYear(models: readonly GovernanceModel[], year: number): GovernanceModel | null {
  const inYear = models.filter(
    (m) => m.validFrom <= `${year}-12-31` && (m.validTo === null || m.validTo >= `${year}-01-01`),
  );
  return inYear.at(-1) ?? null;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/**
 * A draft agenda item for the council's yearly orientation on the governance dialogue
 * ("Styringsdialog <år> — orientering"): coverage from the year's compliance summary, the
 * agreements made and still open, the obligations missed or overdue, and the legal basis — in the
 * agenda web page's Markdown layout, for the case officer to paste into the agenda system.
 * Nothing is stored.
 */
export const draftOrientationAgendaItem = defineUseCase({
  name: 'draftOrientationAgendaItem',
  summary: 'Lav et udkast til dagsordenspunkt: årets orientering om styringsdialogen',
  mutates: false,
  access: politicalCaseWriters,
  input: z.object({ municipality: municipalityCode, year: yearInput }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const loaded = await loadObligations(s, input.municipality, input.year);
      const [facts, versions, agreements] = await Promise.all([
        s.governance.listFacts(input.municipality),
        s.governance.listModelVersions(input.municipality),
        s.agreements.listAgreements(input.municipality),
      ]);
      const assessments = assessCompliance({ obligations: loaded.obligations, facts, today: ctx.today });
      const summary =
        summariseCompliance(loaded.obligations, assessments, loaded.organisations).find(
          (x) => x.steeringYear === input.year,
        ) ?? null;
      const byId = new Map(loaded.obligations.map((o) => [o.id, o]));
      const flagged = assessments.flatMap((a) => {
        const o = byId.get(a.obligationId);
        if (!o || !FLAGGED.includes(a.status)) return [];
        const word = COMPLIANCE_STATUS_LABELS[a.status].toLowerCase();
        return [
          `${o.label}${o.organisation ? ` med ${o.organisation.name}` : ''} (${o.periodLabel}): ${word}`,
        ];
      });
      const findings =
        flagged.length > MAX_FINDINGS
          ? [...flagged.slice(0, MAX_FINDINGS), `og ${flagged.length - MAX_FINDINGS} flere`]
          : flagged;
      const made = agreements.filter((a) => a.steeringYear === input.year);
      const agreementFacts: OrientationAgreements = {
        madeInYear: made.length,
        byObjectiveArea: countBy(made, (a) => OBJECTIVE_AREA_LABELS[a.objectiveArea]),
        byStatus: countBy(made, (a) => STATUS_LABELS[a.status]),
        openFromEarlierYears: agreements.filter(
          (a) => a.steeringYear < input.year && (a.status === 'agreed' || a.status === 'inProgress'),
        ).length,
      };
      const model = modelOfYear(
        versions.map((v) => v.model),
        input.year,
      );
      const draft = orientationAgendaItem({
        year: input.year,
        municipalityName: loaded.municipality.name,
        summary,
        agreements: agreementFacts,
        findings,
        model: model
          ? {
              name: model.name,
              body: model.legalBasis.body,
              decisionDate: model.legalBasis.decisionDate,
              caseNumber: model.legalBasis.caseNumber,
            }
          : null,
      });
      return {
        municipality: loaded.municipality,
        year: input.year,
        draft,
        markdown: politicalCaseToMarkdown(draft, {
          bodyAbbreviations: loaded.municipality.bodyAbbreviations,
        }),
        coverage: summary
          ? {
              heldWith: summary.dialogueMeetings.heldWith,
              organisations: summary.dialogueMeetings.organisations,
            }
          : null,
        sentences: summary?.sentences ?? [],
        findings,
      };
    });
  },
});
