import { describe, expect, it } from 'vitest';
import { toPageLines } from './page-lines.ts';

describe('page lines', () => {
  it('drops markup but remembers headings, resolves escapes, keeps list items and reads table rows', () => {
    const lines = toPageLines(
      [
        '## 35\\. Styringsdialog',
        '',
        '**Sagsgang**',
        '* [Forside](/)',
        '| Sagsnr. | 24/1234 |',
        '|---|---|',
        '> citat',
        '',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.text, l.marked, l.gap])).toEqual([
      ['35. Styringsdialog', true, 0],
      ['Sagsgang', true, 1],
      ['- Forside', false, 0],
      ['Sagsnr.: 24/1234', false, 0],
      ['citat', false, 1],
    ]);
  });

  it('counts pages at form feeds', () => {
    expect(toPageLines('a\n\fb\nc').map((l) => l.page)).toEqual([0, 1, 1]);
  });
});
