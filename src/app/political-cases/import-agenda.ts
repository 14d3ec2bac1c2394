import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formatRoute } from '../../domain/political-case/body-abbreviations.ts';
import { findReimportTarget, mergeReimport } from '../../domain/political-case/reimport.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import { learnCorrections } from '../../importer/agenda/remembered/learn-corrections.ts';
import { actorLabel, authorize } from '../actor.ts';
import { AppError, notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseWriters } from './access.ts';
import { type CorrectedCase, caseCorrectionsInput, correctCases } from './case-correction-input.ts';
import { agendaFilesInput, filesWithoutCase, parseAgendaFiles } from './parse-agenda-files.ts';
import type { PoliticalCaseSource, StoredPoliticalCase } from './political-case-store.ts';
import { mergeImportReports, storedPoliticalCaseView } from './political-case-view.ts';
import { correctionExample, rememberCorrections } from './remember-corrections.ts';

/** What the audit log keeps of a case: enough to see what changed, not the whole text. */
export function caseForAudit(c: PoliticalCase, source: PoliticalCaseSource): Record<string, unknown> {
  return {
    caseNumber: c.caseNumber,
    title: c.title,
    access: c.access,
    route: formatRoute(c.route),
    sections: c.sections.map((s) => s.heading),
    sectionText: c.sections.map((s) => s.text.length),
    recommendationPoints: c.recommendation?.points.map((p) => p.text) ?? [],
    decisions: c.decisions.map((d) => ({
      body: d.body.abbreviation ?? d.body.name,
      date: d.date,
      outcomes: d.outcomes.map((o) => `${o.points.join(',')}: ${o.outcome}`),
      absences: d.absences.map((a) => a.name),
    })),
    attachments: c.attachments.map((a) => a.title),
    sourceFormat: source.format,
    sourceFileName: source.fileName,
  };
}

function conflict(): AppError {
  return new AppError(
    'conflict',
    'Sagen blev ændret imens',
    'En anden har netop importeret den samme sag. Importér filen igen.',
  );
}

/**
 * Imports agenda files: every case of every file, with the user's corrections from the preview
 * applied (all or nothing), in one transaction with one audit entry per case. What the
 * corrections teach is remembered for the municipality's next imports (one audit entry per rule). A file that gives no case refuses the whole import (nothing is stored) with the report's
 * reasons. A case already stored — same case number, or without one the same title and decisions
 * — is updated, not duplicated (domain/political-case/reimport.ts).
 */
export const importAgenda = defineUseCase({
  name: 'importAgenda',
  summary: 'Gem politiske sager fra dagsordenspunkter (Markdown, PDF-tekst eller PDF)',
  mutates: true,
  access: politicalCaseWriters,
  input: z.object({
    municipality: municipalityCode,
    files: agendaFilesInput,
    /** The user's corrections from the preview, per case in file order (see case-correction-input.ts). */
    corrections: caseCorrectionsInput,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, politicalCaseWriters, { municipality: input.municipality });
    // Parse outside the write transaction: reading a PDF takes a while.
    const parsed = await ctx.uow.read((s) => parseAgendaFiles(s, input.municipality, input.files));
    if (!parsed.municipality) throw notFound('Kommunen');
    const missing = filesWithoutCase(parsed.files);
    if (missing.length > 0) {
      throw new AppError(
        'ruleViolation',
        'Ingen sag fundet',
        `${missing.length === 1 ? 'Filen indeholder' : `${missing.length} filer indeholder`} ikke noget dagsordenspunkt, der kan gemmes. Intet er gemt.`,
        missing,
      );
    }
    const table = parsed.municipality.bodyAbbreviations;
    const read = parsed.files.flatMap((file) => file.cases.map((c) => ({ file, before: c })));
    const corrected = correctCases(
      read.map((r) => r.before),
      input.corrections,
      table,
    );
    const casesOf = new Map(parsed.files.map((f) => [f, [] as PoliticalCase[]]));
    read.forEach((r, i) => {
      casesOf.get(r.file)?.push((corrected[i] as CorrectedCase).value);
    });
    const files = parsed.files.map((f) => ({ ...f, cases: casesOf.get(f) ?? [] }));
    const lessons = read.flatMap((r, i) => {
      const after = corrected[i] as CorrectedCase;
      return learnCorrections({
        before: r.before,
        after: after.value,
        lines: r.file.lines,
        table,
        decisionOrigins: after.decisionOrigins,
      }).map((rule) => ({ rule, example: correctionExample(r.before, after.value, rule) }));
    });
    const importedBy = actorLabel(ctx.actor);
    const results = await ctx.uow.write(async (s) => {
      await rememberCorrections(s, input.municipality, lessons, importedBy);
      const stored: StoredPoliticalCase[] = await s.politicalCases.listCases(input.municipality);
      const out: { id: string; outcome: 'created' | 'updated' }[] = [];
      for (const file of files) {
        const source: PoliticalCaseSource = {
          format: file.report.format,
          fileName: file.fileName,
          report: file.report,
        };
        for (const incoming of file.cases) {
          const targetId = findReimportTarget(
            incoming,
            stored.map((c) => ({ id: c.id, politicalCase: c.politicalCase })),
          );
          const existing = stored.find((c) => c.id === targetId);
          if (existing) {
            const merged = mergeReimport(existing.politicalCase, incoming);
            if (!(await s.politicalCases.updateCase(existing.id, merged, source, existing.version)))
              throw conflict();
            const diff = changedFields(
              caseForAudit(existing.politicalCase, existing.source),
              caseForAudit(merged, source),
            );
            await s.audit.append({
              municipality: input.municipality,
              action: 'reimportPoliticalCase',
              entity: 'politicalCase',
              entityId: existing.id,
              before: diff.before,
              after: diff.after,
            });
            stored.splice(stored.indexOf(existing), 1, {
              ...existing,
              politicalCase: merged,
              source,
              version: existing.version + 1,
            });
            out.push({ id: existing.id, outcome: 'updated' });
          } else {
            const id = `pc-${randomUUID()}`;
            const ok = await s.politicalCases.insertCase({
              id,
              municipality: input.municipality,
              politicalCase: incoming,
              source,
              importedBy,
            });
            if (!ok) throw conflict();
            await s.audit.append({
              municipality: input.municipality,
              action: 'importPoliticalCase',
              entity: 'politicalCase',
              entityId: id,
              before: null,
              after: caseForAudit(incoming, source),
            });
            const now = new Date(0).toISOString();
            stored.push({
              id,
              municipality: input.municipality,
              politicalCase: incoming,
              source,
              importedAt: now,
              importedBy,
              updatedAt: now,
              version: 1,
            });
            out.push({ id, outcome: 'created' });
          }
        }
      }
      const saved: StoredPoliticalCase[] = [];
      // A case updated twice in one import (the web page and the PDF of it) is listed once.
      for (const id of new Set(out.map((r) => r.id))) {
        const c = await s.politicalCases.getCase(id);
        if (c) saved.push(c);
      }
      return { out, saved };
    });
    return {
      municipality: parsed.municipality,
      files,
      cases: results.saved.map((c) => storedPoliticalCaseView(c)),
      outcomes: results.out,
      report: mergeImportReports(parsed.files),
    };
  },
});
