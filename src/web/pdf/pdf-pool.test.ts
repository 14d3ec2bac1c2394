/**
 * PDFs render in a worker thread (issue 18): the server answers /healthz while a large briefing
 * renders, and the worker's PDF says exactly what the in-thread render says (same text on every
 * page, same page count; the bytes differ only in the creation date and file id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { getBriefing } from '../../app/key-figures/get-briefing.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';
import { pdfJobs } from './pdf-jobs.ts';
import { closePdfPool, pdfPoolStats, renderPdf } from './pdf-pool.ts';

type Briefing = Parameters<typeof pdfJobs.briefing>[0];

async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join('|'));
  }
  await pdf.destroy();
  return pages;
}

/** The PDF without what changes per render: the creation date and the file id derived from it. */
const stable = (bytes: Buffer) =>
  bytes
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:…)')
    .replace(/<xmp:CreateDate>[^<]*</g, '<xmp:CreateDate><')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '');

describe('the PDF worker pool', () => {
  let t: TestApp;
  let briefing: Briefing;
  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => userWith('councilMember') });
    await loadDemoInto(t.database);
    await loadDemoMeetingHistory(
      {
        actor: { kind: 'system', name: 'test' },
        today: '2026-11-22',
        requestId: 'test-demo-history',
        uow: createUnitOfWork(t.database.db, { actor: 'system:test', requestId: 'test-demo-history' }),
      },
      { linkBase: 'http://localhost:3000' },
    );
    briefing = await runUseCase(
      getBriefing,
      {
        actor: userWith('councilMember'),
        today: '2026-11-22',
        requestId: 'pdf-pool-test',
        uow: createUnitOfWork(t.database.db, { actor: 'test', requestId: 'pdf-pool-test' }),
      },
      { municipality: '707', year: 2026 },
    );
  }, 120_000);
  afterAll(async () => {
    await closePdfPool();
    await t.close();
  });

  it('renders the same briefing as the in-thread render', async () => {
    const inThread = await pdfJobs.briefing(briefing);
    const inWorker = await renderPdf('briefing', briefing);
    expect(inWorker.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(inWorker)).toEqual(await pdfText(inThread));
    expect(stable(inWorker)).toBe(stable(inThread));
  }, 60_000);

  it('answers /healthz while a large briefing renders', async () => {
    // Four times the demo's organisations: several seconds of charts and drawing.
    const large: Briefing = {
      ...briefing,
      sections: Array.from({ length: 4 }, (_, copy) =>
        briefing.sections.map((s) => ({ ...s, id: `${s.id}-${copy}`, name: `${s.name} ${copy}` })),
      ).flat(),
    };
    const order: string[] = [];
    const before = pdfPoolStats().completed;
    const pdf = renderPdf('briefing', large).then((bytes) => {
      order.push('pdf');
      return bytes;
    });
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    order.push('healthz');
    expect(health.statusCode).toBe(200);
    const bytes = await pdf;
    expect(order).toEqual(['healthz', 'pdf']);
    expect(pdfPoolStats().completed).toBe(before + 1);
    expect((await pdfText(bytes)).join('\n')).toContain(`${briefing.sections[0]?.name} 3`);
  }, 120_000);

  it('serves /orientering.pdf through the pool', async () => {
    const before = pdfPoolStats().completed;
    const res = await t.app.inject({ method: 'GET', url: '/orientering.pdf?aar=2025' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(pdfPoolStats().completed).toBe(before + 1);
  }, 60_000);

  it('rejects a failing job and keeps serving the next', async () => {
    await expect(
      renderPdf('briefing', { ...briefing, sections: null } as unknown as Briefing),
    ).rejects.toThrow(/PDF-tråden fejlede/);
    const ok = await renderPdf('agreementDocument', {} as never).catch((e: Error) => e);
    expect(ok).toBeInstanceOf(Error);
    const again = await renderPdf('briefing', briefing);
    expect(again.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
