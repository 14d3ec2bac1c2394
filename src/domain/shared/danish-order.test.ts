import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDanish, compareDanish, sortDanish } from './danish-order.ts';

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** Names with the letters where Danish order differs from code-unit order. */
const danishName = fc
  .array(
    fc.constantFrom('a', 'A', 'å', 'Å', 'æ', 'Æ', 'ø', 'Ø', 'z', 'Z', 'e', 'é', ' ', '-', 'aa', 'Aa', 'o'),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));
const anyName = fc.oneof(danishName, fc.string(), fc.string({ unit: 'grapheme' }));

describe('compareDanish', () => {
  it('sorts Aage, Zenia, Ærlig, Øjvind, Åse as Zenia, Ærlig, Øjvind, Aage/Åse', () => {
    const sorted = sortDanish(['Aage', 'Zenia', 'Ærlig', 'Øjvind', 'Åse'], (s) => s);
    expect(sorted.slice(0, 3)).toEqual(['Zenia', 'Ærlig', 'Øjvind']);
    expect(new Set(sorted.slice(3))).toEqual(new Set(['Aage', 'Åse']));
  });

  it.each([
    ['Anders', 'Zenia', -1],
    ['Zenia', 'Ærlig', -1],
    ['Ærlig', 'Øjvind', -1],
    ['Øjvind', 'Åse', -1],
    ['Øjvind', 'Aage', -1], // "Aa" is Å
    ['Zenia', 'AAGE', -1],
    ['Åbenrå', 'Aabenraa', -1], // the same letters; the spelling with Å comes first (tertiary difference)
    ['Aage', 'Åse', -1],
    ['Bo', 'Baaring', -1], // "aa" inside a word is Å too
    ['Anders', 'anders', -1], // case is the last difference; CLDR da puts upper case first
    ['Boligforeningen Kattegatkysten', 'Boligselskabet Djurslandsbo', -1],
    ['Ølstykke', 'Ørsted', -1],
    ['Ærø', 'Ærø', 0],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(sign(compareDanish(a, b))).toBe(expected);
    expect(sign(compareDanish(b, a))).toBe(expected === 0 ? 0 : -expected);
  });

  it('sorts the Danish letters after Z in the order Æ, Ø, Å', () => {
    const letters = ['Å', 'Ø', 'Æ', 'Z', 'Y', 'X'].sort(compareDanish);
    expect(letters).toEqual(['X', 'Y', 'Z', 'Æ', 'Ø', 'Å']);
  });

  it('is 0 exactly for identical strings (consistent with equality)', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => (compareDanish(a, b) === 0) === (a === b)),
      { numRuns: 500 },
    );
    // Canonically equivalent spellings are still told apart: é precomposed vs e + combining acute.
    expect(compareDanish('\u00e9', 'e\u0301')).not.toBe(0);
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => sign(compareDanish(a, b)) + sign(compareDanish(b, a)) === 0),
      {
        numRuns: 500,
      },
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(anyName, anyName, anyName, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareDanish);
        return compareDanish(x as string, z as string) <= 0 && compareDanish(x as string, y as string) <= 0;
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(danishName, danishName, danishName, (a, b, c) =>
        compareDanish(a, b) <= 0 && compareDanish(b, c) <= 0 ? compareDanish(a, c) <= 0 : true,
      ),
      { numRuns: 2000 },
    );
  });

  it('places every word starting with Æ, Ø or Å (or Aa) after every word starting with A–Z', () => {
    const latin = fc.stringMatching(/^[A-Z][a-z]{0,5}$/).filter((s) => !s.startsWith('Aa'));
    const danish = fc
      .tuple(fc.constantFrom('Æ', 'Ø', 'Å', 'Aa'), fc.stringMatching(/^[b-z]{0,5}$/))
      .map(([first, rest]) => first + rest);
    fc.assert(fc.property(latin, danish, (l, d) => compareDanish(l, d) < 0));
  });
});

describe('sortDanish and byDanish', () => {
  it('sorts records by a key and leaves the input alone', () => {
    const input = [{ name: 'Åse' }, { name: 'Zenia' }, { name: 'Ærlig' }];
    expect(sortDanish(input, (p) => p.name).map((p) => p.name)).toEqual(['Zenia', 'Ærlig', 'Åse']);
    expect(input.map((p) => p.name)).toEqual(['Åse', 'Zenia', 'Ærlig']);
    expect([...input].sort(byDanish((p) => p.name)).map((p) => p.name)).toEqual(['Zenia', 'Ærlig', 'Åse']);
  });
});
