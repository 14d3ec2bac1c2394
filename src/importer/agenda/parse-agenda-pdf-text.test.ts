import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import { parseAgendaPdfText } from './parse-agenda-pdf-text.ts';
import { findPageFurniture } from './pdf-page-furniture.ts';
import { splitPdfTextLines } from './pdf-text-lines.ts';

const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };

function furnitureOf(text: string): string[] {
  const lines = splitPdfTextLines(text);
  const found = findPageFurniture(lines, NORDDJURS_BODY_ABBREVIATIONS);
  return lines.filter((l) => found.has(l.line)).map((l) => l.text.trim());
}

describe('page furniture in PDF text', () => {
  it('finds page numbers and "<body> <date>" lines standing alone', () => {
    expect(
      furnitureOf(
        [
          'Side 2 af 3',
          'Kommunalbestyrelsen 15-11-2022',
          'Byrådet den 26.08.2021',
          'ØK 08-11-2022',
          '- 4 -',
          'Beslutning i Økonomiudvalget den 08-11-2022',
          'Mødet holdt 15-11-2022',
          'Ad. 1. Tiltrådt.',
        ].join('\n'),
      ),
    ).toEqual([
      'Side 2 af 3',
      'Kommunalbestyrelsen 15-11-2022',
      'Byrådet den 26.08.2021',
      'ØK 08-11-2022',
      '- 4 -',
    ]);
  });

  it('finds a header repeated at the top of every page, page numbers folded', () => {
    const text = [
      'Havbjerg Kommune · Dagsorden',
      'Tekst et.',
      'Bilag 1',
      '\fHavbjerg Kommune · Dagsorden',
      'Tekst to.',
      'Bilag 2',
    ].join('\n');
    expect(furnitureOf(text)).toEqual([
      'Havbjerg Kommune · Dagsorden',
      'Bilag 1',
      'Havbjerg Kommune · Dagsorden',
      'Bilag 2',
    ]);
  });

  it('does not call a repeated line furniture without page marks', () => {
    expect(furnitureOf('Tiltrådt.\nTiltrådt.\nTiltrådt.')).toEqual([]);
  });
});

describe('parseAgendaPdfText', () => {
  it('joins a sentence cut by a page footer and keeps paragraphs in double-spaced text', () => {
    const text = [
      'Titel på sagen ',
      '',
      'Sagsfremstilling ',
      '',
      'Første linje af et afsnit der fortsætter ',
      '',
      '',
      'Kommunalbestyrelsen 15-11-2022',
      '',
      'på næste side. ',
      '',
      ' ',
      '',
      'Et nyt afsnit. ',
      '',
      'Anden linje. ',
      '',
      'Tredje linje. ',
      '',
      'Fjerde linje.',
    ].join('\n');
    const { cases } = parseAgendaPdfText(text, options);
    expect(cases[0]?.title).toBe('Titel på sagen');
    expect(cases[0]?.sections).toEqual([
      {
        heading: 'Sagsfremstilling',
        text: 'Første linje af et afsnit der fortsætter på næste side.\n\nEt nyt afsnit. Anden linje. Tredje linje. Fjerde linje.',
      },
    ]);
  });

  it('takes a blank line as a paragraph break in single-spaced text', () => {
    const text =
      'Titel\nBaggrund\nLinje et\nlinje to.\n\nAfsnit to.\nIndstilling\nDet indstilles, at sagen tages til efterretning.';
    const [only] = parseAgendaPdfText(text).cases;
    expect(only?.sections).toEqual([{ heading: 'Baggrund', text: 'Linje et linje to.\n\nAfsnit to.' }]);
    expect(only?.recommendation).toEqual({
      recommendedBy: null,
      intro: 'Det indstilles, at sagen tages til efterretning.',
      points: [],
    });
  });

  it('reads a case-number line under the title', () => {
    const [only] = parseAgendaPdfText('Salg af grund\n22/1234 Lukket sag\nSagsgang\nØK, KB', options).cases;
    expect([only?.title, only?.caseNumber, only?.access]).toEqual(['Salg af grund', '22/1234', 'closed']);
    expect(only?.route.map((b) => b.name)).toEqual(['Økonomiudvalget', 'Kommunalbestyrelsen']);
  });

  it('finds an unknown heading between two sentences, but not a short last line of a paragraph', () => {
    const text = [
      'Titel',
      'Sagsfremstilling',
      'Et afsnit om tomgang.',
      'Boligorganisationens bemærkninger',
      'Organisationen er enig.',
      'Den sidste linje uden punktum',
      'Økonomiske konsekvenser',
      'Ingen.',
    ].join('\n');
    const { cases, report } = parseAgendaPdfText(text);
    expect(cases[0]?.sections).toEqual([
      { heading: 'Sagsfremstilling', text: 'Et afsnit om tomgang.' },
      {
        heading: 'Boligorganisationens bemærkninger',
        text: 'Organisationen er enig. Den sidste linje uden punktum',
      },
      { heading: 'Økonomiske konsekvenser', text: 'Ingen.' },
    ]);
    expect(report.unknownSections).toEqual(['Boligorganisationens bemærkninger']);
  });

  it("does not take absent members' names for headings", () => {
    const text =
      'Titel\nBeslutning i Økonomiudvalget den 08-11-2022\nGodkendt.\nFraværende:\nJens Hansen (A)\nMette Østergaard';
    const [only] = parseAgendaPdfText(text, options).cases;
    expect(only?.decisions[0]?.absences.map((a) => a.name)).toEqual(['Jens Hansen', 'Mette Østergaard']);
  });

  it('finds no case in text without any agenda heading', () => {
    const { cases, report } = parseAgendaPdfText('Kære modtager\n\nHer er referatet.');
    expect(cases).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toContain('document.noCases');
  });
});
