import { z } from 'zod';
import { correctionOf } from '../../domain/political-case/case-correction.ts';
import { findReimportTarget } from '../../domain/political-case/reimport.ts';
import { layoutProfileById } from '../../importer/agenda/page-text/layout-profiles.ts';
import { authorize } from '../actor.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';
import { agendaFilesInput, parseAgendaFiles } from './parse-agenda-files.ts';
import { mergeImportReports, politicalCaseView } from './political-case-view.ts';

/**
 * Reads agenda files and shows what an import would store, storing nothing: the cases, the
 * import report (what was recognised, unknown sections, warnings with line numbers) and, per
 * case, the stored case it would update (a re-import, see domain/political-case/reimport.ts).
 * A file that gives no case is not an error here: the report says why.
 */
export const previewAgendaImport = defineUseCase({
  name: 'previewAgendaImport',
  summary: 'Vis hvad et dagsordenspunkt indeholder, før det gemmes',
  mutates: false,
  access: politicalCaseWriters,
  input: z.object({ municipality: municipalityCode, files: agendaFilesInput }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const parsed = await parseAgendaFiles(s, input.municipality, input.files);
      const stored = parsed.municipality ? await s.politicalCases.listCases(input.municipality) : [];
      const candidates = stored.map((c) => ({ id: c.id, politicalCase: c.politicalCase }));
      const entries = parsed.files.flatMap((f) => f.cases.map((c) => ({ file: f, politicalCase: c })));
      return {
        municipality: parsed.municipality,
        files: parsed.files,
        cases: entries.map((e) =>
          politicalCaseView(e.politicalCase, { format: e.file.report.format, fileName: e.file.fileName }),
        ),
        /** Per case: its correctable fields as the form shows them (domain/political-case/case-correction.ts). */
        corrections: entries.map((e) =>
          correctionOf(e.politicalCase, parsed.municipality?.bodyAbbreviations ?? {}),
        ),
        /** How many of the municipality's remembered corrections the reading used. */
        remembered: parsed.remembered,
        /** The layout profile the municipality pinned, or null (each file's report says which was used and why). */
        pinnedProfile: parsed.pinnedProfile
          ? {
              id: parsed.pinnedProfile,
              name: layoutProfileById(parsed.pinnedProfile)?.name ?? parsed.pinnedProfile,
            }
          : null,
        /** Per case: the id of the stored case a save would update, or null for a new case. */
        existing: entries.map((e) => findReimportTarget(e.politicalCase, candidates)),
        report: mergeImportReports(parsed.files),
        filesWithoutCase: parsed.files.filter((f) => f.cases.length === 0).length,
      };
    });
  },
});
