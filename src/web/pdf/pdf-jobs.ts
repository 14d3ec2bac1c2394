/**
 * The PDFs the server renders, as a table of jobs by name: what the worker thread runs
 * (pdf-worker.ts) and what a test runs in-thread to compare. Arguments are structured-cloneable
 * read models, so they cross to the worker as they are.
 */
import type { Briefing } from '../../app/key-figures/get-briefing.ts';
import { renderBriefingCharts } from '../charts/briefing-charts.ts';
import { type AgreementDocumentPdfInput, renderAgreementDocumentPdf } from './agreement-document-pdf.ts';
import { renderBriefingPdf } from './briefing-pdf.ts';
import { renderPublishedAccountPdf } from './published-account-pdf.ts';

export const pdfJobs = {
  /** The briefing with its charts (Vega → SVG → vectors): the heavy one, seconds for a large municipality. */
  briefing: async (b: Briefing) => renderBriefingPdf(b, await renderBriefingCharts(b)),
  publishedAccount: (...args: Parameters<typeof renderPublishedAccountPdf>) =>
    renderPublishedAccountPdf(...args),
  agreementDocument: (doc: AgreementDocumentPdfInput) => renderAgreementDocumentPdf(doc),
} as const;

export type PdfJobs = typeof pdfJobs;
export type PdfJobName = keyof PdfJobs;

export interface PdfRequest {
  id: number;
  job: PdfJobName;
  args: unknown[];
}

export type PdfResponse = { id: number; pdf: Uint8Array } | { id: number; error: string };
