/**
 * The operator's commands for stored compliance (issue 18): `rebuildCompliance` recomputes every
 * municipality's stored obligations and assessments from its facts, model versions and
 * organisations; `checkCompliance` proves the stored state equals a fresh computation (after a
 * restore, an upgrade, or a write made outside the use cases). Admins reach their own
 * municipality; all municipalities at once only the system (the CLI).
 */
import { z } from 'zod';
import { authorize } from '../actor.ts';
import { AppError } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { municipalityAdmins } from '../registry/access.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { type ComplianceCheck, checkCompliance, recomputeCompliance } from './compliance-state.ts';

const input = z.object({ municipality: municipalityCode.optional() });

async function municipalitiesFor(ctx: UseCaseContext, s: Store, municipality: string | undefined) {
  if (municipality) {
    authorize(ctx.actor, municipalityAdmins, { municipality });
    return [municipality];
  }
  if (ctx.actor.kind !== 'system') {
    throw new AppError(
      'forbidden',
      'Ingen adgang',
      'Angiv kommunen; alle kommuner kan kun vælges fra kommandolinjen.',
    );
  }
  return (await s.registry.listMunicipalities()).map((m) => m.code);
}

export const rebuildCompliance = defineUseCase({
  name: 'rebuildCompliance',
  summary: 'Beregn den gemte opfyldelse af forpligtelserne forfra',
  mutates: true,
  access: municipalityAdmins,
  input,
  async run(ctx, inputValue) {
    return ctx.uow.write(
      async (s) => {
        const codes = await municipalitiesFor(ctx, s, inputValue.municipality);
        const rows: Record<string, number> = {};
        for (const code of codes) rows[code] = await recomputeCompliance(s, code, ctx.today, { force: true });
        await s.audit.append({
          municipality: inputValue.municipality ?? null,
          action: 'rebuildCompliance',
          entity: 'compliance',
          entityId: inputValue.municipality ?? 'alle',
          before: null,
          after: {
            municipalities: codes.length,
            rowsWritten: Object.values(rows).reduce((a, b) => a + b, 0),
          },
        });
        return { municipalities: codes, rowsWritten: rows };
      },
      { bulk: true },
    );
  },
});

export const checkStoredCompliance = defineUseCase({
  name: 'checkStoredCompliance',
  summary: 'Kontrollér at den gemte opfyldelse er lig en ny beregning',
  mutates: false,
  access: municipalityAdmins,
  input,
  async run(ctx, inputValue): Promise<{ ok: boolean; checks: ComplianceCheck[] }> {
    return ctx.uow.read(async (s) => {
      const codes = await municipalitiesFor(ctx, s, inputValue.municipality);
      const checks: ComplianceCheck[] = [];
      for (const code of codes) checks.push(await checkCompliance(s, code, ctx.today));
      const ok = checks.every(
        (c) => !c.stale && c.missing.length === 0 && c.extra.length === 0 && c.different.length === 0,
      );
      return { ok, checks };
    });
  },
});
