/**
 * Agenda import per page (issue 16: ≤ 50 ms per page): every layout fixture through the upload's
 * entry point (parseAgendaFile: both readers and the choice between them), and a generated
 * 40-item meeting page per layout, beside the baseline of only splitting the same texts into
 * lines. Prints figures; nothing asserts them.   npm run bench:agenda (also part of npm run bench)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAgendaFile } from '../src/importer/agenda/parse-agenda-file.ts';
import { inventMeeting } from '../test/support/agenda-content.ts';
import { LAYOUT_IDS, layoutExtension, renderLayout } from '../test/support/agenda-layouts.ts';

interface Page {
  name: string;
  bytes: Uint8Array;
  table: Record<string, string>;
}

function fixturePages(): Page[] {
  const dir = new URL('../test/fixtures/agenda-layouts/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json'))
    .map((f) => {
      const expected = JSON.parse(
        readFileSync(new URL(f.replace(/\.(?:pdf\.txt|txt|md|html)$/u, '.expected.json'), dir), 'utf8'),
      );
      return { name: f, bytes: readFileSync(new URL(f, dir)), table: expected.options.bodyAbbreviations };
    });
}

function bigPages(): Page[] {
  return LAYOUT_IDS.map((layout, i) => {
    const meeting = inventMeeting(9000 + i, layout, 40);
    return {
      name: `${layout} (40 items)`,
      bytes: new TextEncoder().encode(renderLayout(layout, meeting)),
      table: meeting.table,
    };
  });
}

async function timePage(page: Page, rounds: number): Promise<number> {
  for (let i = 0; i < 2; i++)
    await parseAgendaFile(
      { fileName: page.name.replace(/ .*$/u, ''), bytes: page.bytes },
      { bodyAbbreviations: page.table },
    );
  const start = performance.now();
  for (let i = 0; i < rounds; i++)
    await parseAgendaFile(
      { fileName: fileNameOf(page), bytes: page.bytes },
      { bodyAbbreviations: page.table },
    );
  return (performance.now() - start) / rounds;
}

function fileNameOf(page: Page): string {
  const layout = LAYOUT_IDS.find((l) => page.name.startsWith(l));
  return page.name.includes('(40 items)') && layout ? `page.${layoutExtension(layout)}` : page.name;
}

function baseline(pages: readonly Page[], rounds: number): number {
  const start = performance.now();
  for (let i = 0; i < rounds; i++)
    for (const p of pages)
      new TextDecoder()
        .decode(p.bytes)
        .split(/\r?\n/u)
        .map((l) => l.trim());
  return (performance.now() - start) / rounds / pages.length;
}

export async function agendaImportFigures(): Promise<void> {
  for (const [title, pages, rounds] of [
    ['layout fixtures (one page each)', fixturePages(), 20],
    ['40-item meeting pages', bigPages(), 3],
  ] as const) {
    const times: { name: string; ms: number }[] = [];
    for (const page of pages) times.push({ name: page.name, ms: await timePage(page, rounds) });
    const mean = times.reduce((s, t) => s + t.ms, 0) / times.length;
    const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
    const base = baseline(pages, rounds);
    console.log(
      `${title}: ${pages.length} pages, mean ${mean.toFixed(2)} ms/page, slowest ${worst.ms.toFixed(2)} ms (${worst.name}); baseline split ${base.toFixed(3)} ms/page (${(mean / base).toFixed(0)}×)`,
    );
  }
  console.log('target: ≤ 50 ms per page');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('# Agenda import per page');
  await agendaImportFigures();
}
