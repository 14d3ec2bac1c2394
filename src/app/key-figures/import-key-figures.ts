/**
 * Imports key figures from a key figure CSV file (docs/key-figures-csv.md). All or nothing: a
 * file with any problem is refused as a whole with every problem named by line and column, and
 * nothing is changed. A good file replaces every figure of the steering years it carries (a
 * re-import of a year replaces that year), in one transaction, with one audit entry per year.
 */
import { z } from 'zod';
import { figureDefinition } from '../../domain/key-figures/figure-codes.ts';
import type { KeyFigure } from '../../domain/key-figures/types.ts';
import { parseKeyFiguresCsv } from '../../importer/key-figures-csv/parse-key-figures-csv.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { keyFigureWriters } from './access.ts';
import { knownOrganisations } from './known-organisations.ts';

export interface KeyFigureImportReport {
  dryRun: boolean;
  format: { encoding: string | null; bom: boolean; separator: string };
  years: number[];
  /** Figures in the file per code. */
  counts: Record<string, number>;
  /** Codes the product does not know: kept and shown as they are. */
  unknownCodes: string[];
  /** Figures stored before for those years (replaced). */
  replaced: number;
  imported: number;
}

async function parse(s: Store, municipality: string, file: Uint8Array, fileName: string) {
  if (!(await s.registry.getMunicipality(municipality))) throw notFound('Kommunen');
  const parsed = parseKeyFiguresCsv(file, await knownOrganisations(s, municipality));
  if (parsed.problems.length > 0) {
    throw invalidInput(
      `${fileName} har ${parsed.problems.length} fejl og er ikke indlæst. Intet er ændret.`,
      parsed.problems.map((p) => ({
        field: p.column ? `linje ${p.line}, kolonne ${p.column}` : `linje ${p.line}`,
        message: p.message,
      })),
    );
  }
  const figures: KeyFigure[] = parsed.figures.map(({ line: _l, known: _k, ...f }) => ({
    ...f,
    source: 'import',
  }));
  const years = [...new Set(figures.map((f) => f.steeringYear))].sort((a, b) => a - b);
  const counts: Record<string, number> = {};
  for (const f of figures) counts[f.code] = (counts[f.code] ?? 0) + 1;
  const replaced = (await s.keyFigures.list(municipality, { years })).length;
  return {
    figures,
    years,
    replaced,
    report: (dryRun: boolean): KeyFigureImportReport => ({
      dryRun,
      format: parsed.format,
      years,
      counts,
      unknownCodes: Object.keys(counts).filter((c) => figureDefinition(c) === null),
      replaced,
      imported: dryRun ? 0 : figures.length,
    }),
  };
}

export const importKeyFigures = defineUseCase({
  name: 'importKeyFigures',
  summary: 'Indlæs nøgletal pr. organisation, afdeling og styringsår fra en CSV-fil',
  mutates: true,
  access: keyFigureWriters,
  input: z.object({
    municipality: municipalityCode,
    file: z.instanceof(Uint8Array, { message: 'Filen mangler' }),
    fileName: z.string().default('fil.csv'),
    dryRun: z.boolean().default(false),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, keyFigureWriters, { municipality: input.municipality });
    if (input.dryRun) {
      const planned = await ctx.uow.read((s) => parse(s, input.municipality, input.file, input.fileName));
      return planned.report(true);
    }
    return ctx.uow.write(
      async (s) => {
        const planned = await parse(s, input.municipality, input.file, input.fileName);
        const before = await s.keyFigures.list(input.municipality, { years: planned.years });
        await s.keyFigures.replaceYears(input.municipality, planned.years, planned.figures);
        for (const year of planned.years) {
          const codes = (list: readonly KeyFigure[]) =>
            [...new Set(list.filter((f) => f.steeringYear === year).map((f) => f.code))].sort();
          await s.audit.append({
            municipality: input.municipality,
            action: 'import.keyFigures',
            entity: 'keyFigureYear',
            entityId: `${input.municipality}:${year}`,
            before: { figures: before.filter((f) => f.steeringYear === year).length, codes: codes(before) },
            after: {
              figures: planned.figures.filter((f) => f.steeringYear === year).length,
              codes: codes(planned.figures),
              file: input.fileName,
            },
          });
        }
        return planned.report(false);
      },
      { bulk: true },
    );
  },
});
