/**
 * Parses uploaded agenda files with the municipality's body abbreviations: the shared first step
 * of previewAgendaImport and importAgenda, so that the preview shows exactly what a save stores.
 * The files' bytes come from the edge (CLI file, HTTP upload); nothing here reads a file.
 */
import { z } from 'zod';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import type { FieldSource, ImportReport } from '../../importer/agenda/import-report.ts';
import type { LayoutProfileId } from '../../importer/agenda/page-text/layout-profiles.ts';
import { parseAgendaFile } from '../../importer/agenda/parse-agenda-file.ts';
import { invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';

/** At most this many files in one import (a council meeting's agenda has fewer items). */
export const MAX_AGENDA_FILES = 50;

export const agendaFileInput = z.object({
  fileName: z
    .string()
    .trim()
    .max(255, { message: 'Filnavnet er for langt (højst 255 tegn)' })
    .nullable()
    .default(null),
  content: z.instanceof(Uint8Array, { message: 'Filen mangler' }),
});

export const agendaFilesInput = z
  .array(agendaFileInput, { message: 'Vælg en fil' })
  .min(1, { message: 'Vælg en fil med et dagsordenspunkt' })
  .max(MAX_AGENDA_FILES, { message: `Højst ${MAX_AGENDA_FILES} filer ad gangen` });

export type AgendaFileInput = z.output<typeof agendaFileInput>;

export interface ParsedAgendaFile {
  fileName: string | null;
  report: ImportReport;
  cases: PoliticalCase[];
  /** Per case: where each field came from and how sure the reader is. */
  sources: FieldSource[][];
  /** The lines the sources count, for learning from corrections (AgendaImportResult.lines). */
  lines: readonly { line: number; text: string }[];
}

/** The file-level report of a file without content; the same wording for every edge. */
function emptyFileError(files: readonly AgendaFileInput[]): void {
  const empty = files.findIndex((f) => f.content.length === 0);
  if (empty >= 0) {
    const name = files[empty]?.fileName ?? 'filen';
    throw invalidInput(`${name} er tom.`, [{ field: 'file', message: `${name} er tom. Vælg en anden fil.` }]);
  }
}

/**
 * Loads the municipality's abbreviation table and parses each file. A municipality that is not in
 * the database parses without a table (a dry run on an empty database), with a warning saying so.
 */
export async function parseAgendaFiles(
  s: Store,
  municipalityCode: string,
  files: readonly AgendaFileInput[],
): Promise<{
  municipality: (Municipality & { isDemo: boolean }) | null;
  files: ParsedAgendaFile[];
  /** How many remembered corrections were applied. */
  remembered: number;
  /** The layout profile the municipality pinned (used instead of detection), or null. */
  pinnedProfile: LayoutProfileId | null;
}> {
  emptyFileError(files);
  const municipality = await s.registry.getMunicipality(municipalityCode);
  // The municipality's own import profile: what its users taught the importer (issue 16).
  const remembered = municipality
    ? (await s.importCorrections.listCorrections(municipalityCode)).map((c) => c.rule)
    : [];
  const pinnedProfile = municipality
    ? ((await s.importCorrections.getPinnedProfile(municipalityCode))?.layoutProfile ?? null)
    : null;
  const parsed: ParsedAgendaFile[] = [];
  for (const file of files) {
    const result = await parseAgendaFile(
      { fileName: file.fileName, bytes: file.content },
      { bodyAbbreviations: municipality?.bodyAbbreviations ?? {}, remembered, layoutProfile: pinnedProfile },
    );
    const report = municipality
      ? result.report
      : {
          ...result.report,
          warnings: [
            ...result.report.warnings,
            {
              line: null,
              code: 'municipality.unknown',
              message: `Kommune ${municipalityCode} findes ikke i databasen; udvalgenes forkortelser er ikke slået op.`,
            },
          ],
        };
    parsed.push({
      fileName: file.fileName,
      report,
      cases: result.cases,
      sources: result.sources,
      lines: result.lines ?? [],
    });
  }
  return { municipality, files: parsed, remembered: remembered.length, pinnedProfile };
}

/** The files that gave no case, as field errors naming the file and the report's reasons. */
export function filesWithoutCase(files: readonly ParsedAgendaFile[]): { field: string; message: string }[] {
  return files
    .filter((f) => f.cases.length === 0)
    .map((f) => {
      const reasons = f.report.warnings
        .map((w) => (w.line !== null ? `linje ${w.line}: ${w.message}` : w.message))
        .join(' ');
      return {
        field: 'file',
        message: `${f.fileName ?? 'Filen'}: der blev ikke fundet noget dagsordenspunkt.${reasons ? ` ${reasons}` : ''}`,
      };
    });
}
