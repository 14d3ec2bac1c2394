import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';

const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };

describe('parseAgendaMarkdown', () => {
  it('splits an agenda page into one case per title and drops the page heading', () => {
    const markdown = [
      '# Referat – Økonomiudvalget',
      '## 1. Godkendelse af dagsorden',
      '23/100 Åben sag',
      '### **Beslutning i Økonomiudvalget den 05-06-2023**',
      'Godkendt.',
      '## 2. Salg af grund',
      '23/101 Lukket sag',
    ].join('\n\n');
    const { cases, report } = parseAgendaMarkdown(markdown, options);
    expect(cases.map((c) => [c.title, c.caseNumber, c.access])).toEqual([
      ['1. Godkendelse af dagsorden', '23/100', 'open'],
      ['2. Salg af grund', '23/101', 'closed'],
    ]);
    expect(report.warnings.map((w) => [w.line, w.code])).toEqual([[1, 'case.withoutContent']]);
  });

  it('reads setext titles and bold headings alike', () => {
    const markdown =
      'Orientering om tomgang\n======================\n\n**Sagsfremstilling**\n\nTo boliger står tomme.\n';
    const [only] = parseAgendaMarkdown(markdown).cases;
    expect(only?.title).toBe('Orientering om tomgang');
    expect(only?.sections).toEqual([{ heading: 'Sagsfremstilling', text: 'To boliger står tomme.' }]);
  });

  it('keeps unknown section headings as they come and reports them', () => {
    const markdown = '## Sag\n\n### Boligorganisationens bemærkninger\n\nIngen.\n\n### Baggrund\n\nTekst.';
    const { cases, report } = parseAgendaMarkdown(markdown);
    expect(cases[0]?.sections.map((s) => s.heading)).toEqual([
      'Boligorganisationens bemærkninger',
      'Baggrund',
    ]);
    expect(report.unknownSections).toEqual(['Boligorganisationens bemærkninger']);
    expect(report.recognised).toContain('Baggrund');
  });

  it('reads numbered points wrapped over several lines and bullets as numbered points', () => {
    const markdown = [
      '## Sag',
      '### Indstilling',
      'Direktionen indstiller, at\n1. planen godkendes\n   med de nævnte ændringer\n2. sagen genoptages',
      '### Indstilling',
      '- at bilaget offentliggøres',
    ].join('\n\n');
    const { cases, report } = parseAgendaMarkdown(markdown);
    expect(cases[0]?.recommendation?.points).toEqual([
      { number: 1, text: 'planen godkendes med de nævnte ændringer' },
      { number: 2, text: 'sagen genoptages' },
      { number: 3, text: 'at bilaget offentliggøres' },
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(['recommendation.duplicate']);
  });

  it('keeps absences with the body whose decision they follow', () => {
    const markdown = [
      '## Sag',
      '**Beslutning i Økonomiudvalget den 08-11-2022**',
      'Anbefales.',
      'Fraværende: Jens Hansen (A)',
      '**Beslutning i Kommunalbestyrelsen den 15-11-2022**',
      'Godkendt.',
      '**Afbud:**',
      'Mette Østergaard (V)',
    ].join('\n\n');
    const { cases } = parseAgendaMarkdown(markdown, options);
    expect(cases[0]?.decisions.map((d) => [d.body.abbreviation, d.absences])).toEqual([
      ['ØK', [{ name: 'Jens Hansen', party: 'A', kind: 'absent' }]],
      ['KB', [{ name: 'Mette Østergaard', party: 'V', kind: 'apology' }]],
    ]);
  });

  it('keeps a line after "Afbud:" that is not a name as decision text, and warns', () => {
    const markdown = '## Sag\n\n**Beslutning i Kommunalbestyrelsen**\n\nAfbud:\n\nSagen blev udsat.';
    const { cases, report } = parseAgendaMarkdown(markdown, options);
    expect(cases[0]?.decisions[0]?.text).toBe('Sagen blev udsat.');
    expect(cases[0]?.decisions[0]?.absences).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['absence.empty']);
  });

  it('warns about a decision point the recommendation lacks and an unreadable date', () => {
    const markdown = [
      '## Sag',
      '### Indstilling',
      '1. at planen godkendes',
      '**Beslutning i Økonomiudvalget den 31-02-2022**',
      'Ad. 2. Tiltrådt.',
    ].join('\n\n');
    const { cases, report } = parseAgendaMarkdown(markdown, options);
    expect(cases[0]?.decisions[0]?.date).toBeNull();
    expect(report.warnings.map((w) => [w.line, w.code])).toEqual([
      [7, 'decision.unreadableDate'],
      [7, 'decision.unknownPoint'],
    ]);
  });

  it('leaves fields the page lacks null or empty', () => {
    const { cases, report } = parseAgendaMarkdown('## Orientering\n\n### Sagsfremstilling\n\nTekst.');
    expect(cases).toEqual([
      {
        caseNumber: null,
        title: 'Orientering',
        access: null,
        route: [],
        sections: [{ heading: 'Sagsfremstilling', text: 'Tekst.' }],
        recommendation: null,
        decisions: [],
        attachments: [],
      },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('reports an empty document and text without any agenda item, without cases', () => {
    expect(parseAgendaMarkdown('  \n').report.warnings.map((w) => w.code)).toEqual(['document.empty']);
    const loose = parseAgendaMarkdown('Bare noget tekst\nuden overskrifter.');
    expect(loose.cases).toEqual([]);
    expect(loose.report.warnings.map((w) => w.code)).toEqual([
      'section.withoutHeading',
      'document.textOutsideCase',
      'document.noCases',
    ]);
  });
});
