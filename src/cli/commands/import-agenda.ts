/**
 * `styringsdialog import-agenda FILE... [--municipality 707] [--save] [--json]`: reads agenda
 * items (Markdown web page, PDF text, or PDF) and shows what would be stored; `--save` stores them.
 * Output (docs/political-cases.md): `{ cases, report }` — the cases of every file in order, and
 * one merged report whose warnings name their file; with `--save` also `saved` (id and outcome
 * per case). Exit 3 when a file gives no case (e.g. a PDF without a text layer).
 * Reading the files happens here, at the edge; parsing is the use case's.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { importAgenda } from '../../app/political-cases/import-agenda.ts';
import type { MergedImportReport, PoliticalCaseView } from '../../app/political-cases/political-case-view.ts';
import { previewAgendaImport } from '../../app/political-cases/preview-agenda-import.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { EXIT } from '../exit-codes.ts';
import { runCommand } from '../run-command.ts';

/** Used when --municipality is left out: Norddjurs, the municipality the product serves first. */
export const DEFAULT_AGENDA_MUNICIPALITY = '707';

async function readFiles(files: readonly string[]) {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { fileName: path.basename(file), content: new Uint8Array(await fs.readFile(file)) };
      } catch (err) {
        throw new AppError(
          'invalidInput',
          'Filen kan ikke læses',
          `${file} kan ikke læses: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          [{ field: 'file', message: `${file} kan ikke læses` }],
        );
      }
    }),
  );
}

const ACCESS_TEXT = { open: 'Åben sag', closed: 'Lukket sag' } as const;

/** A case as a few lines of text for a person at the terminal. */
export function caseText(c: PoliticalCaseView): string {
  const lines = [
    `${c.caseNumber ? `Sag ${c.caseNumber}: ` : ''}${c.title ?? '(uden titel)'}${c.access ? ` (${ACCESS_TEXT[c.access]})` : ''}`,
  ];
  if (c.id) lines.push(`  Id: ${c.id}`);
  if (c.route.length > 0) lines.push(`  Sagsgang: ${c.route.join(', ')}`);
  if (c.sections.length > 0) lines.push(`  Afsnit: ${c.sections.map((s) => s.heading).join('; ')}`);
  if (c.recommendation) {
    lines.push(`  Indstilling (${c.recommendation.recommendedBy ?? 'ukendt'}):`);
    for (const p of c.recommendation.points) lines.push(`    ${p.number}. ${p.text}`);
  }
  for (const d of c.decisions) {
    const outcomes = d.outcomes.map((o) => `pkt. ${o.points.join(', ')}: ${o.outcome}`).join('; ');
    const absent = d.absences.map((a) => `${a.name}${a.party ? ` (${a.party})` : ''}`).join(', ');
    lines.push(
      `  Beslutning ${d.body.abbreviation ?? d.body.name ?? '(organ ukendt)'} ${d.date ?? '(uden dato)'}: ${outcomes || d.text}` +
        (absent ? ` – afbud/fravær: ${absent}` : ''),
    );
  }
  if (c.attachments.length > 0) lines.push(`  Bilag: ${c.attachments.map((a) => a.title).join('; ')}`);
  return lines.join('\n');
}

export function reportText(report: MergedImportReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(
      `${f.fileName ?? 'Fil'} (${f.format}): ${f.cases} ${f.cases === 1 ? 'sag' : 'sager'}, ${f.warnings} advarsler`,
    );
  }
  if (report.unknownSections.length > 0) lines.push(`Ukendte afsnit: ${report.unknownSections.join('; ')}`);
  for (const w of report.warnings) {
    lines.push(`  ${w.fileName ?? ''}${w.line !== null ? `:${w.line}` : ''} ${w.message}`);
  }
  return lines.join('\n');
}

export function importAgendaCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('import-agenda')
    .description('Indlæs politiske sager fra dagsordenspunkter (Markdown, PDF-tekst eller PDF)')
    .argument('<files...>', 'filer med dagsordenspunkter: .md, .txt (tekst fra en PDF) eller .pdf')
    .option(
      '--municipality <code>',
      `kommunekode; udvalgenes forkortelser slås op hos kommunen (standard ${DEFAULT_AGENDA_MUNICIPALITY})`,
      DEFAULT_AGENDA_MUNICIPALITY,
    )
    .option('--save', 'gem sagerne (uden: vis kun hvad der ville blive gemt)')
    .option('--json', 'output as JSON')
    .action(async (files: string[], opts: { municipality: string; save?: boolean; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const input = { municipality: opts.municipality, files: await readFiles(files) };
          if (opts.save) {
            const out = await runUseCase(importAgenda, ctx, input);
            return {
              json: { cases: out.cases, report: out.report, saved: out.outcomes },
              text: [
                ...out.cases.map(caseText),
                '',
                reportText(out.report),
                '',
                `Gemt: ${out.outcomes.filter((o) => o.outcome === 'created').length} nye, ` +
                  `${out.outcomes.filter((o) => o.outcome === 'updated').length} opdaterede sager.`,
              ].join('\n'),
            };
          }
          const out = await runUseCase(previewAgendaImport, ctx, input);
          return {
            json: { cases: out.cases, report: out.report },
            text: [
              ...out.cases.map(
                (c, i) =>
                  `${caseText(c)}${out.existing[i] ? `\n  Opdaterer den gemte sag ${out.existing[i]}` : ''}`,
              ),
              '',
              reportText(out.report),
              '',
              'Prøvekørsel – intet er gemt. Brug --save for at gemme.',
            ].join('\n'),
            exitCode: out.filesWithoutCase > 0 ? EXIT.invalid : EXIT.ok,
          };
        }),
      );
    });
}
