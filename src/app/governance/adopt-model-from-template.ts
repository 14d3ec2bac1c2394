/**
 * Adopts a governance model made from a template (issue 17 #3), with the council decision that
 * adopted it. The first model of a municipality gets version 1; a municipality that already has
 * a model gets a new version of it. The link to the template is kept in the model, so its
 * differences from the template can be shown. Checked and stored like any other version
 * (adoptVersion: legal floor, history, audit entry).
 */
import { z } from 'zod';
import { findTemplate, modelFromTemplate } from '../../domain/governance-model/templates.ts';
import { dateField } from '../../domain/shared/date-schema.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { modelAdmins } from './access.ts';
import { adoptVersion } from './adopt-model-version.ts';

const optional = (schema: z.ZodType) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema);

export const adoptModelFromTemplate = defineUseCase({
  name: 'adoptModelFromTemplate',
  summary: 'Vedtag en styringsmodel ud fra en skabelon',
  mutates: true,
  access: modelAdmins,
  input: z.object({
    municipality: municipalityCode,
    templateId: z.string({ message: 'Vælg en skabelon' }).min(1, { message: 'Vælg en skabelon' }).max(60),
    templateVersion: z.coerce.number().int().min(1).default(1),
    validFrom: dateField('Gyldig fra'),
    decision: z.object({
      body: z
        .string({ message: 'Det besluttende organ mangler' })
        .trim()
        .min(2, { message: 'Det besluttende organ mangler' })
        .max(100)
        .default('Kommunalbestyrelsen'),
      decisionDate: dateField('Beslutningsdatoen'),
      caseNumber: optional(
        z
          .string()
          .trim()
          .regex(/^\d{2}\/\d{1,6}$/, { message: 'Sagsnummeret skal have formen åå/nnnn, fx 22/8287' })
          .nullable(),
      ),
      text: z
        .string({ message: 'Skriv hvad kommunalbestyrelsen besluttede' })
        .trim()
        .min(3, { message: 'Skriv hvad kommunalbestyrelsen besluttede' })
        .max(4000),
    }),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, modelAdmins, { municipality: input.municipality });
    const template = findTemplate({ id: input.templateId, version: input.templateVersion });
    if (!template) {
      throw invalidInput('Skabelonen findes ikke.', [
        { field: 'templateId', message: 'Vælg en af skabelonerne' },
      ]);
    }
    return ctx.uow.write(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const existing = (await s.governance.listModelVersions(input.municipality)).at(-1)?.model;
      const model = modelFromTemplate(template, {
        municipality: input.municipality,
        modelId: existing?.id ?? `styringsdialog-${input.municipality}`,
        name: existing?.name ?? `Styringsdialogen i ${municipality.name}`,
        validFrom: input.validFrom,
        legalBasis: {
          body: input.decision.body,
          decisionDate: input.decision.decisionDate,
          caseNumber: (input.decision.caseNumber as string | null) ?? null,
          politicalCaseId: null,
          text: input.decision.text,
          route: [],
        },
      });
      return adoptVersion(
        s,
        input.municipality,
        model,
        `Skabelon: ${template.name} (version ${template.version})`,
      );
    });
  },
});
