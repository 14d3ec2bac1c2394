/**
 * Political case response shapes: explicit whitelists of the fields that leave the server,
 * matching app/political-cases/political-case-view.ts (the CLI's `--json` uses the same view).
 */
import { z } from 'zod';
import type {
  MergedImportReport,
  PoliticalCaseView,
  StoredPoliticalCaseView,
} from '../../app/political-cases/political-case-view.ts';

const bodyResponse = z.object({ abbreviation: z.string().nullable(), name: z.string().nullable() });
const formatResponse = z.enum(['markdown', 'pdf-text', 'pdf', 'text', 'html', 'demo']);

export const politicalCaseResponse = z
  .object({
    id: z.string().nullable(),
    caseNumber: z.string().nullable(),
    title: z.string().nullable(),
    access: z.enum(['open', 'closed']).nullable(),
    route: z
      .array(z.string())
      .meta({ description: "Sagsgang as printed: each body's abbreviation, else its name" }),
    routeBodies: z.array(bodyResponse),
    sections: z.array(z.object({ heading: z.string(), text: z.string() })),
    recommendation: z
      .object({
        recommendedBy: z.string().nullable(),
        intro: z.string(),
        points: z.array(z.object({ number: z.number().int(), text: z.string() })),
      })
      .nullable(),
    decisions: z.array(
      z.object({
        body: bodyResponse,
        date: z.string().nullable(),
        outcomes: z.array(z.object({ points: z.array(z.number().int()), outcome: z.string() })),
        text: z.string(),
        absences: z.array(
          z.object({ name: z.string(), party: z.string().nullable(), kind: z.enum(['apology', 'absent']) }),
        ),
      }),
    ),
    attachments: z.array(z.object({ title: z.string() })),
    source: z.object({ format: formatResponse, fileName: z.string().nullable() }),
  })
  .meta({ id: 'PoliticalCase' });

const warningResponse = z.object({
  line: z.number().int().nullable(),
  code: z.string(),
  message: z.string(),
});

const fileReportResponse = z.object({
  format: z.enum(['markdown', 'pdf-text', 'pdf', 'text', 'html']),
  recognised: z.array(z.string()),
  unknownSections: z.array(z.string()),
  warnings: z.array(warningResponse),
});

export const storedPoliticalCaseResponse = politicalCaseResponse
  .extend({
    id: z.string(),
    municipality: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    adoptedModels: z.array(z.object({ modelId: z.string(), version: z.number().int(), name: z.string() })),
    report: fileReportResponse.nullable(),
  })
  .meta({ id: 'StoredPoliticalCase' });

export const importReportResponse = z
  .object({
    format: z.enum(['markdown', 'pdf-text', 'pdf', 'text', 'html', 'mixed']),
    recognised: z.array(z.string()),
    unknownSections: z.array(z.string()),
    warnings: z.array(warningResponse.extend({ fileName: z.string().nullable() })),
    files: z.array(
      z.object({
        fileName: z.string().nullable(),
        format: z.enum(['markdown', 'pdf-text', 'pdf', 'text', 'html']),
        cases: z.number().int(),
        warnings: z.number().int(),
        layout: z
          .object({
            id: z.string(),
            name: z.string(),
            how: z.enum(['pinned', 'detected']),
            evidence: z.array(z.object({ line: z.number().int(), text: z.string() })),
          })
          .nullable()
          .meta({
            description:
              'The layout profile the page text was read with: pinned by the municipality, or detected from the lines in evidence; null when none was used',
          }),
      }),
    ),
  })
  .meta({ id: 'AgendaImportReport' });

export function presentCase(v: PoliticalCaseView): z.input<typeof politicalCaseResponse> {
  return v;
}

export function presentStoredCase(v: StoredPoliticalCaseView): z.input<typeof storedPoliticalCaseResponse> {
  return {
    ...v,
    adoptedModels: v.adoptedModels.map((m) => ({ modelId: m.modelId, version: m.version, name: m.name })),
  };
}

export function presentReport(r: MergedImportReport): z.input<typeof importReportResponse> {
  return r;
}
