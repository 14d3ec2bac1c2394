import { describe, expect, it } from 'vitest';
import { detectAgendaFormat } from './detect-agenda-format.ts';
import { parseAgendaFile } from './parse-agenda-file.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('detectAgendaFormat', () => {
  it.each([
    ['dagsorden.pdf', text('%PDF-1.7\n…'), 'pdf'],
    ['dagsorden.md', text('%PDF-1.4 mislabelled'), 'pdf'],
    ['dagsorden.md', text('## Titel'), 'markdown'],
    ['agenda-item-22-8287.pdf.txt', text('Titel\nSagsgang'), 'pdf-text'],
    ['dagsorden.txt', text('## looks like markdown'), 'pdf-text'],
    [null, text('## Titel\n\n22/8287 Åben Sag'), 'markdown'],
    [null, text('**Beslutning i Økonomiudvalget**\n'), 'markdown'],
    [null, text('Titel\n\nSagsgang\n\nMTU, ØK, KB'), 'pdf-text'],
    ['scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), null],
  ] as const)('%s → %s', (fileName, bytes, format) => {
    expect(detectAgendaFormat({ fileName, bytes })).toBe(format);
  });
});

describe('parseAgendaFile', () => {
  it('runs the reader the file needs', async () => {
    const markdown = await parseAgendaFile({
      fileName: 'punkt.md',
      bytes: text('## Titel\n\n22/8287 Åben Sag'),
    });
    expect(markdown.report.format).toBe('markdown');
    expect(markdown.cases[0]?.caseNumber).toBe('22/8287');
    const pdfText = await parseAgendaFile({
      fileName: 'punkt.txt',
      bytes: text('\uFEFFTitel\nSagsgang\nMTU, ØK, KB'),
    });
    expect(pdfText.report.format).toBe('pdf-text');
    expect(pdfText.cases[0]?.title).toBe('Titel');
  });

  it('reports a file that is neither PDF nor text', async () => {
    const { cases, report } = await parseAgendaFile({
      fileName: 'scan.png',
      bytes: new Uint8Array([0x89, 0x50, 0, 0]),
    });
    expect(cases).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['file.unknownFormat']);
  });
});
