/**
 * The briefing "Sådan går det i de almene boligorganisationer": GET /orientering?aar=2026 as a
 * page and GET /orientering.pdf?aar=2026 as an accessible PDF, both from getBriefing and the
 * same charts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { briefingReaders } from '../../app/key-figures/access.ts';
import { getBriefing } from '../../app/key-figures/get-briefing.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';
import type { HttpDeps } from '../../http/request-context.ts';
import { renderBriefingCharts } from '../charts/briefing-charts.ts';
import { requireHomeMunicipality } from '../home-municipality.ts';
import { pageRoute } from '../page-route.ts';
import { BriefingPage } from '../pages/briefing/briefing-page.tsx';
import { renderPdf } from '../pdf/pdf-pool.ts';

/**
 * PDFs already made, by the read model they show (without `can`, which the PDF does not use):
 * drawing ~30 charts into a PDF takes seconds (in a worker thread: pdf-pool.ts), and the figures
 * change only on import.
 */
const made = new Map<string, Buffer>();
const MADE_MAX = 20;

async function briefingPdf(b: Awaited<ReturnType<typeof briefing>>): Promise<Buffer> {
  const key = JSON.stringify({ ...b, can: null });
  const cached = made.get(key);
  if (cached) return cached;
  const pdf = await renderPdf('briefing', b);
  if (made.size >= MADE_MAX) made.delete(made.keys().next().value as string);
  made.set(key, pdf);
  return pdf;
}

const year = (r: FastifyRequest) => (r.query as Record<string, unknown>).aar;

const briefing = (ctx: UseCaseContext, request: FastifyRequest) =>
  runUseCase(getBriefing, ctx, { municipality: requireHomeMunicipality(ctx.actor), year: year(request) });

export function registerBriefingPages(app: FastifyInstance, deps: HttpDeps): void {
  pageRoute(
    app,
    deps,
    'GET',
    '/orientering',
    async (ctx, request) => {
      const b = await briefing(ctx, request);
      return (
        <BriefingPage
          briefing={b}
          charts={await renderBriefingCharts(b)}
          userName={ctx.actor.kind === 'user' ? ctx.actor.name : null}
        />
      );
    },
    { access: briefingReaders },
  );

  pageRoute(
    app,
    deps,
    'GET',
    '/orientering.pdf',
    async (ctx, request) => {
      const b = await briefing(ctx, request);
      return {
        file: await briefingPdf(b),
        type: 'application/pdf',
        filename: `orientering-${b.municipality.code}-${b.year}.pdf`,
      };
    },
    { access: briefingReaders },
  );
}
