/**
 * The page-text and HTML readers never throw and never need the safety net, whatever the input:
 * arbitrary strings, and lines drawn from the words agenda pages are made of (headings, case
 * numbers, decision and absence lines, dates, numbers, markup), in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR_CODE } from '../safety-net.ts';
import { parseAgendaHtml } from './parse-agenda-html.ts';
import { parseAgendaPageText } from './parse-agenda-page-text.ts';

const PIECES = [
  'Beslutning',
  'BeslutningGodkendt.',
  'BESLUTNING:',
  'Indstilling om,',
  'Sagsgang',
  'Sagsgang og sagstype',
  'Sagsforløb: BY',
  'Forventet sagsgang / KF',
  'Sagsid.: 22/2694',
  'Sagsnr.: 330-2019-3738',
  'J.nr. ØU 167/2001',
  '19.03.00-P24-1-19',
  'Sag nr. 95',
  'Punkt 95',
  '95. Titel',
  'Afbud: Anne Bech (A)',
  'Fraværende:',
  'Ole Lund (V) havde meldt afbud.',
  'Fraværende- Ib Holm ()',
  'Ikke til stede: Jens Juul (A)',
  'Fraværende: Ida Riis (C) deltog ikke i sag 94-106',
  'Beslutning fra Økonomiudvalget, 14. maj 2024, pkt. 35:',
  'Social og Sundhed, 6. januar 2020, pkt. 123:',
  'Økonomiudvalgets beslutning: Godkendt.',
  'Kultur- og Idrætsudvalget 11-01-2021',
  '1) Godkendt.',
  'a) at',
  'at planen godkendes,',
  '- at',
  '1.',
  '(',
  ')',
  '',
  ' ',
  '\f',
  '#',
  '**',
  'Hent som fil',
  'Mødedato: 31-02-2024',
  'Økonomiudvalget',
  'Byrådet',
  'Referat',
  '<h2>',
  '</p>',
  '<br>',
  '<script>',
  '<li>',
  '&amp;',
  'Bilag',
  'Side 1 af 2',
];

const pageText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })), { maxLength: 60 })
  .map((l) => l.join('\n'));
const table = { ØU: 'Økonomiudvalget', BY: 'Byrådet', KF: 'Kultur- og Fritidsudvalget' };

function noInternalError(result: { report: { warnings: { code: string }[] } }): void {
  expect(result.report.warnings.map((w) => w.code)).not.toContain(INTERNAL_ERROR_CODE);
}

describe('page-text and HTML readers on arbitrary input', () => {
  it('never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        noInternalError(parseAgendaPageText(text, { bodyAbbreviations: table }));
        noInternalError(parseAgendaHtml(text, { bodyAbbreviations: table }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on lines made of agenda words in any order', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        noInternalError(parseAgendaPageText(text, { bodyAbbreviations: table }));
        noInternalError(parseAgendaHtml(text.replace(/\n/gu, '<br>'), { bodyAbbreviations: table }));
      }),
      { numRuns: 400 },
    );
  });
});
