/**
 * collapseWhitespace returns lines that need no change as they are (a fast path for the PDF
 * reader, issue 18); its result must stay exactly that of collapsing every run and trimming.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, lowerDanish, NEEDS_COLLAPSE, needsCollapse } from './case-text.ts';

/** The rule as written before the fast path. */
const collapsedByRule = (text: string): string =>
  text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const pieces = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\f',
  '\u00A0',
  '\u2009',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u3000',
  '\u000B',
  '\u180E',
  '\u1680',
  '\u2028',
  '\u202F',
  '\u205F',
  '\u007F',
  '\u0085',
  'a',
  'Æ',
  'ø',
  '.',
  '1',
);

describe('collapseWhitespace', () => {
  it.each([
    ['Sagsgang', 'Sagsgang'],
    ['  Sagsgang ', 'Sagsgang'],
    ['Beslutning i  Økonomiudvalget', 'Beslutning i Økonomiudvalget'],
    ['Bilag:\u00A01', 'Bilag: 1'],
    ['a\u200Bb', 'ab'],
    ['a \u200B b', 'a b'],
    ['\f', ''],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
  });

  it('equals the rule on any mix of letters, spaces and zero-width characters', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(collapseWhitespace(text)).toBe(collapsedByRule(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(collapseWhitespace(text)).toBe(collapsedByRule(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('needsCollapse', () => {
  it('agrees with NEEDS_COLLAPSE for every character of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `a${ch}`, `${ch} b`, `a ${ch}b`])
        if (needsCollapse(text) !== NEEDS_COLLAPSE.test(text))
          expect.fail(`needsCollapse disagrees with the regex on ${JSON.stringify(text)}`);
    }
  });
});

describe('lowerDanish', () => {
  // Letters whose lower case depends on the locale or the context in some languages: Turkish
  // dotted/dotless i, Lithuanian dots, Greek final sigma, ligatures and title-case digraphs.
  const tricky = fc.constantFrom(
    'I',
    'İ',
    'ı',
    'Ì',
    'Į',
    'Σ',
    'ΑΣ',
    'ΑΣ Β',
    'ǅ',
    'ẞ',
    'ß',
    'Æ',
    'Ø',
    'Å',
    'ﬁ',
    ' ',
    '.',
    '1',
  );

  it('equals toLocaleLowerCase("da") on any text', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(lowerDanish(text)).toBe(text.toLocaleLowerCase('da'));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(lowerDanish(text)).toBe(text.toLocaleLowerCase('da'));
      }),
      { numRuns: 3000 },
    );
  });
});
