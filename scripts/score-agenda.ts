/**
 * npm run score:agenda — imports every fixture in test/fixtures/agenda-layouts through the same
 * entry point as an upload (parseAgendaFile) and prints per-field accuracy against the expected
 * JSON beside it, then every miss with --misses. Prints figures; the test beside the fixtures
 * (agenda-layout-fixtures.test.ts) holds the line at 95 %.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseAgendaFile } from '../src/importer/agenda/parse-agenda-file.ts';
import type { ExpectedCase } from '../test/support/agenda-layouts.ts';
import { emptyTally, type Miss, overall, SCORED_FIELDS, scoreCases } from '../test/support/agenda-score.ts';

const dir = new URL('../test/fixtures/agenda-layouts/', import.meta.url);
const showMisses = process.argv.includes('--misses');
const tally = emptyTally();
const files = readdirSync(dir).filter((f) => !f.endsWith('.expected.json'));
const byLayout = new Map<string, { right: number; total: number }>();
const misses: { file: string; miss: Miss }[] = [];
for (const file of files.sort()) {
  const expected = JSON.parse(
    readFileSync(new URL(file.replace(/\.(?:pdf\.txt|txt|md|html)$/u, '.expected.json'), dir), 'utf8'),
  ) as {
    layout: string;
    options: { bodyAbbreviations: Record<string, string> };
    cases: ExpectedCase[];
  };
  const result = await parseAgendaFile(
    { fileName: file, bytes: readFileSync(new URL(file, dir)) },
    expected.options,
  );
  const own = emptyTally();
  for (const miss of scoreCases(expected.cases, result.cases, own)) misses.push({ file, miss });
  scoreCases(expected.cases, result.cases, tally);
  const o = overall(own);
  const layout = byLayout.get(expected.layout) ?? { right: 0, total: 0 };
  byLayout.set(expected.layout, { right: layout.right + o.right, total: layout.total + o.total });
}
const pct = (r: number, t: number): string =>
  t === 0 ? '   –  ' : `${((100 * r) / t).toFixed(1).padStart(5)} %`;
console.log(`Agenda import accuracy over ${files.length} fixtures in ${byLayout.size} layouts\n`);
for (const f of SCORED_FIELDS)
  console.log(
    `${f.padEnd(16)} ${String(tally[f].right).padStart(4)}/${String(tally[f].total).padEnd(4)} ${pct(tally[f].right, tally[f].total)}`,
  );
const all = overall(tally);
console.log(
  `${'overall'.padEnd(16)} ${String(all.right).padStart(4)}/${String(all.total).padEnd(4)} ${pct(all.right, all.total)}\n`,
);
for (const [layout, t] of [...byLayout].sort())
  console.log(`  ${layout.padEnd(20)} ${pct(t.right, t.total)}`);
if (showMisses)
  for (const { file, miss } of misses)
    console.log(
      `${file} ${miss.field}: expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.actual)}`,
    );
