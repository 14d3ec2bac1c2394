import { z } from 'zod';
import { politicalCaseToMarkdown } from '../../domain/political-case/to-markdown.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { politicalCaseReaders } from './access.ts';
import { readablePoliticalCase } from './load-political-case.ts';

/** A file name for the export: the case number ("22/8287" → sag-22-8287.md) or the id. */
export function exportFileName(caseNumber: string | null, id: string): string {
  const key = caseNumber ? `sag-${caseNumber}` : id;
  return `${key.replace(/[^A-Za-z0-9_-]+/g, '-')}.md`;
}

/**
 * A stored case as Markdown in the layout of the municipality's agenda web page, written with the
 * municipality's body abbreviations. Round trip: importing the export gives the same case.
 */
export const exportPoliticalCaseMarkdown = defineUseCase({
  name: 'exportPoliticalCaseMarkdown',
  summary: 'Hent en politisk sag som Markdown',
  mutates: false,
  access: politicalCaseReaders,
  input: z.object({ municipality: municipalityCode.optional(), id: entityId }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const { found, municipality } = await readablePoliticalCase(s, ctx.actor, input.id, input.municipality);
      return {
        id: found.id,
        fileName: exportFileName(found.politicalCase.caseNumber, found.id),
        markdown: politicalCaseToMarkdown(found.politicalCase, {
          bodyAbbreviations: municipality.bodyAbbreviations,
        }),
      };
    });
  },
});
