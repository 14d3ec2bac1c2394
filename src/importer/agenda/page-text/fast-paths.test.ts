/**
 * The page-text reader's fast paths (issue 18: PDF import speed) must give exactly what the rules
 * gave before them. Each cheap test that skips a regex is checked here against that regex on
 * random text built from the characters that matter (digits, markup, case forms such as the
 * long s "ſ" and the Kelvin sign that case-insensitive regexes fold), and the rewritten helpers
 * against the formulas they replace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, lowerDanish } from '../../../domain/political-case/case-text.ts';
import { tableKnows } from './body-names.ts';
import { classifyLines } from './classify-lines.ts';
import { GENITIVE_DECISION, GENITIVE_HINT } from './decision-lines.ts';
import { buildLexicon, prefixHeading } from './heading-lexicon.ts';
import { findDate, findDates, HAS_DIGIT, PAGE_DATE } from './page-dates.ts';
import { PHONE } from './page-furniture.ts';
import { INLINE_MARK, INLINE_MARKUP, TABLE_ROW, toPageLines } from './page-lines.ts';

const pieces = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\f',
  '-',
  '|',
  '*',
  '**',
  '_',
  '__',
  '[',
  ']',
  '(',
  ')',
  '!',
  '\\',
  '#',
  '>',
  ':',
  '.',
  '1',
  '12',
  '2024',
  '-05-',
  '-09-',
  '9',
  '1999',
  '99',
  '. maj ',
  'ſ',
  '\u212A',
  '\u212B',
  'Å',
  'Beslutning',
  'BESLUTNING',
  'beslutninger',
  'Økonomiudvalgets',
  's beslutning',
  's beſlutning',
  'LUTNING',
  'Byrådet',
  'ØK',
  'den',
  'Sagsnr.',
  'Punkt',
  'Godkendt',
  'tekst',
  'tlf. ',
  'TLF',
  'sagsfremstilling',
  'Indstilling',
  'Sagsgang',
  'Bilag',
);
const texts = fc.array(pieces, { maxLength: 14 }).map((parts) => parts.join(''));

const TABLE = {
  ØK: 'Økonomiudvalget',
  BY: 'Byrådet',
  KIU: 'Kultur- og  Idrætsudvalget',
  'B U': 'Børne- og Ungeudvalget',
};

describe('fast paths of the page-text reader', () => {
  it('a text without an ASCII digit has no date; findDate is findDates’ first', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (!HAS_DIGIT.test(text)) expect([...text.matchAll(PAGE_DATE)]).toEqual([]);
        expect(findDate(text)).toEqual(findDates(text)[0] ?? null);
      }),
      { numRuns: 3000, examples: [['9-9-99'], ['Byrådet 9. maj 9999'], ['Byrådet 31-02-2024 og 1-3-2024']] },
    );
  });

  it('the genitive decision reading needs its hint in the lower-cased line', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (!lowerDanish(text).includes(GENITIVE_HINT)) expect(GENITIVE_DECISION.exec(text)).toBeNull();
      }),
      { numRuns: 3000 },
    );
    expect(GENITIVE_DECISION.exec('Økonomiudvalgets BESLUTNING 1')).not.toBeNull();
  });

  it('inline markup rules and the table row need the characters tested first', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (!INLINE_MARK.test(text))
          for (const [rule, replacement] of INLINE_MARKUP) expect(text.replace(rule, replacement)).toBe(text);
        if (!text.includes('|')) expect(TABLE_ROW.test(text)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('tableKnows answers as comparing with every abbreviation and name did', () => {
    const lower = (t: string) => lowerDanish(collapseWhitespace(t));
    const before = (text: string) =>
      Object.entries(TABLE).some(([a, n]) => lower(a) === lower(text) || lower(n) === lower(text));
    fc.assert(
      fc.property(
        fc.oneof(texts, fc.constantFrom(...Object.keys(TABLE), ...Object.values(TABLE), ' byrådet ', 'b  u')),
        (text) => {
          expect(tableKnows(text, TABLE)).toBe(before(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a classified line carries its page line’s fields first, in order', () => {
    const lexicon = buildLexicon({});
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 8 }), (lines) => {
        const pageLines = toPageLines(lines.join('\n'));
        classifyLines(pageLines, lexicon, TABLE).forEach((c, i) => {
          const line = pageLines[i] as (typeof pageLines)[number];
          expect(Object.keys(c).slice(0, 5)).toEqual(Object.keys(line));
          expect({ ...c, ...line }).toEqual(c);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a phone number needs a digit', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (!HAS_DIGIT.test(text)) expect(PHONE.test(text)).toBe(false);
      }),
      { numRuns: 3000, examples: [['Tlf. 12 34 56 78']] },
    );
  });

  it('the longest heading a line starts with is found as by trying every name', () => {
    const synonyms = fc.dictionary(
      fc.oneof(texts, fc.constantFrom('', 'b', 'be', 'bes', 'Sags')),
      fc.constantFrom('route' as const, 'decision' as const, 'knownSection' as const),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(texts, synonyms, (text, extra) => {
        const lexicon = buildLexicon(extra);
        const lower = lowerDanish(text);
        let best: { key: string; length: number } | null = null;
        for (const key of lexicon.keys())
          if (lower.startsWith(key) && (best === null || key.length > best.length))
            best = { key, length: key.length };
        expect(prefixHeading(text, lexicon)).toEqual(best);
      }),
      { numRuns: 2000 },
    );
  });
});
