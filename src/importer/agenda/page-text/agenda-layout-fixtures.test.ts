/**
 * The invented layout fixtures (test/fixtures/agenda-layouts, issue 16): every file is imported
 * through parseAgendaFile, as an upload is, and scored per field against its expected JSON. The
 * set must stay at least 40 items in at least 10 layouts, and the importer at ≥ 95 % overall.
 * `npm run score:agenda` prints the same figures per field and layout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExpectedCase } from '../../../../test/support/agenda-layouts.ts';
import { emptyTally, overall, scoreCases } from '../../../../test/support/agenda-score.ts';
import { parseAgendaFile } from '../parse-agenda-file.ts';

const dir = new URL('../../../../test/fixtures/agenda-layouts/', import.meta.url);
const inputs = readdirSync(dir).filter((f) => !f.endsWith('.expected.json'));

function expectedOf(file: string): {
  layout: string;
  options: { bodyAbbreviations: Record<string, string> };
  cases: ExpectedCase[];
} {
  return JSON.parse(
    readFileSync(new URL(file.replace(/\.(?:pdf\.txt|txt|md|html)$/u, '.expected.json'), dir), 'utf8'),
  );
}

describe('agenda layout fixtures', () => {
  it('holds at least 40 items in at least 10 layouts, in .md, .txt, .html and PDF text', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(inputs.map((f) => expectedOf(f).layout)).size).toBeGreaterThanOrEqual(10);
    for (const ext of ['.md', '.txt', '.html', '.pdf.txt'])
      expect(inputs.some((f) => f.endsWith(ext))).toBe(true);
  });

  it('imports them at ≥ 95 % field accuracy', async () => {
    const tally = emptyTally();
    for (const file of inputs) {
      const expected = expectedOf(file);
      const result = await parseAgendaFile(
        { fileName: file, bytes: readFileSync(new URL(file, dir)) },
        expected.options,
      );
      scoreCases(expected.cases, result.cases, tally);
    }
    const all = overall(tally);
    expect(all.total).toBeGreaterThan(300);
    expect(all.right / all.total).toBeGreaterThanOrEqual(0.95);
  });
});
