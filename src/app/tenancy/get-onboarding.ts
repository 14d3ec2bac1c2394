/**
 * The onboarding of a municipality's administrator (issue 17 #2): the checklist of what is still
 * missing (computed from the data by domain/tenancy/onboarding-checklist.ts, nothing stored),
 * the model templates to choose from, and the current model's differences from its template.
 */
import { z } from 'zod';
import {
  currentTemplates,
  findTemplate,
  templateDifferences,
} from '../../domain/governance-model/templates.ts';
import { onboardingChecklist } from '../../domain/tenancy/onboarding-checklist.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityAdmins } from '../registry/access.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';

export const getOnboarding = defineUseCase({
  name: 'getOnboarding',
  summary: 'Vis opstarten af kommunen: hvad mangler endnu',
  mutates: false,
  access: municipalityAdmins,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const organisations = await s.registry.listOrganisations(input.municipality);
      const model = (await s.governance.listModelVersions(input.municipality)).at(-1)?.model ?? null;
      const users = await s.auth.listUsers(input.municipality);
      const grants = await s.auth.listGrants(users.map((u) => u.id));
      const meetings = await s.meetings.listMeetings(input.municipality);
      const checklist = onboardingChecklist({
        organisations: organisations.length,
        model: model
          ? {
              templateId: model.template?.id ?? null,
              decisionNamed:
                model.legalBasis.caseNumber !== null || model.legalBasis.politicalCaseId !== null,
            }
          : null,
        users: new Set(grants.filter((g) => g.municipality === input.municipality).map((g) => g.userId)).size,
        accessibilityStatementUrl: municipality.accessibilityStatementUrl ?? null,
        privacyNoticeUrl: municipality.privacyNoticeUrl ?? null,
        meetings: meetings.length,
      });
      return {
        municipality: { code: municipality.code, name: municipality.name },
        checklist,
        templates: currentTemplates().map((t) => ({
          id: t.id,
          version: t.version,
          name: t.name,
          description: t.description,
          legalBasis: t.legalBasis,
          rules: t.meetingRules.map((r) => r.label),
        })),
        model: model
          ? {
              name: model.name,
              version: model.version,
              validFrom: model.validFrom,
              decision: model.legalBasis,
              template: model.template ? (findTemplate(model.template)?.name ?? model.template.id) : null,
              differences: (templateDifferences(model) ?? []).map((c) => c.message),
            }
          : null,
      };
    });
  },
});
