import { z } from 'zod';
import { checkGovernanceModel } from '../../domain/governance-model/schema.ts';
import type { GovernanceModel } from '../../domain/governance-model/types.ts';
import { validateModelHistory } from '../../domain/governance-model/validate-model.ts';
import type { Finding } from '../../domain/shared/finding.ts';
import { addDays } from '../../domain/shared/iso-date.ts';
import { authorize } from '../actor.ts';
import { AppError } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { modelAdmins } from './access.ts';

function refuse(findings: Finding[]): never {
  const errors = findings.filter((f) => f.severity === 'error');
  throw new AppError(
    'ruleViolation',
    'Styringsmodellen kan ikke gemmes',
    errors.map((f) => f.message).join(' '),
    errors.map((f) => ({ field: f.ref ?? 'model', message: f.message })),
  );
}

/**
 * Stores a new version of a governance model (after a council decision). History is kept: a
 * version is never changed, except that the version in force until now gets its end date
 * (the day before the new one takes effect). A version below the legal floor of
 * almenboligloven § 164 is refused with the findings that say why.
 */
export async function adoptVersion(
  s: Store,
  municipality: string,
  candidate: GovernanceModel,
  reason: string | null,
) {
  const stored = (await s.governance.listModelVersions(municipality))
    .map((v) => v.model)
    .filter((m) => m.id === candidate.id);
  const latest = stored.at(-1);
  if (latest && candidate.validFrom <= latest.validFrom) {
    throw new AppError(
      'ruleViolation',
      'Ugyldig startdato',
      `En ny version skal gælde fra en dato efter ${latest.validFrom}, hvor den nuværende version (version ${latest.version}) trådte i kraft.`,
      [{ field: 'validFrom', message: `Skal være efter ${latest.validFrom}` }],
    );
  }
  const model: GovernanceModel = { ...candidate, municipality, version: (latest?.version ?? 0) + 1 };
  const closed =
    latest && (latest.validTo === null || latest.validTo >= model.validFrom)
      ? { ...latest, validTo: addDays(model.validFrom, -1) }
      : null;
  const history = [
    ...stored.filter((m) => m !== latest),
    ...(closed ? [closed] : latest ? [latest] : []),
    model,
  ];
  const historyErrors = validateModelHistory(history).filter((f) => f.severity === 'error');
  if (historyErrors.length > 0) refuse(historyErrors);
  if (closed) await s.governance.closeModelVersion(closed.id, closed.version, closed.validTo as string);
  if (!(await s.governance.insertModelVersion(model, reason))) {
    throw new AppError(
      'conflict',
      'Versionen findes allerede',
      'En anden har netop gemt en ny version. Hent modellen igen.',
    );
  }
  await s.audit.append({
    municipality,
    action: 'adoptVersion',
    entity: 'governanceModel',
    entityId: `${model.id}#${model.version}`,
    before: closed ? { previousVersion: closed.version, previousValidTo: latest?.validTo ?? null } : null,
    after: { ...model, reason },
  });
  return model;
}

export const adoptModelVersion = defineUseCase({
  name: 'adoptModelVersion',
  summary: 'Gem en ny version af styringsmodellen',
  mutates: true,
  access: modelAdmins,
  input: z.object({
    municipality: municipalityCode,
    model: z.unknown(),
    reason: z.string().trim().max(1000).nullable().default(null),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, modelAdmins, { municipality: input.municipality });
    // The model is checked by the domain's own schema and rules so that every finding (shape and
    // legal floor) carries its field path and Danish message.
    const { model, findings } = checkGovernanceModel({
      version: 1,
      ...(input.model as object),
      municipality: input.municipality,
    });
    if (!model || findings.some((f) => f.severity === 'error')) refuse(findings);
    return ctx.uow.write((s) => adoptVersion(s, input.municipality, model, input.reason));
  },
});
