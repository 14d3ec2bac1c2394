import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDecisionOutcome,
  formatDecisionOutcomes,
  formatPointList,
  parseDecisionOutcomes,
  parsePointList,
} from './parse-decision-outcomes.ts';
import type { DecisionOutcome } from './types.ts';

describe('parseDecisionOutcomes: the "Ad. …" grammar', () => {
  // Seed: Norddjurs agenda item 22/8287 (first three rows); the rest: domain.md §4 and practice.
  const examples: [string, number[], DecisionOutcome[]][] = [
    ['Ad. 1. Tiltrådt.', [1, 2], [{ points: [1], outcome: 'Tiltrådt' }]],
    ['Ad. 1-2 Tiltrådt.', [1, 2], [{ points: [1, 2], outcome: 'Tiltrådt' }]],
    ['Godkendt.', [1, 2], [{ points: [1, 2], outcome: 'Godkendt' }]],
    [
      'Ad. 1. Tiltrådt.\n\nAd. 2. Tiltrådt.',
      [1, 2],
      [
        { points: [1], outcome: 'Tiltrådt' },
        { points: [2], outcome: 'Tiltrådt' },
      ],
    ],
    [
      'Ad. 1. Tiltrådt. Ad. 2. Ikke tiltrådt.',
      [1, 2],
      [
        { points: [1], outcome: 'Tiltrådt' },
        { points: [2], outcome: 'Ikke tiltrådt' },
      ],
    ],
    ['Ad. 1 og 3: Godkendt.', [1, 2, 3], [{ points: [1, 3], outcome: 'Godkendt' }]],
    ['Ad. 1, 2 og 4. Anbefales.', [1, 2, 3, 4], [{ points: [1, 2, 4], outcome: 'Anbefales' }]],
    ['Ad. 1.-3. Tiltrådt.', [1, 2, 3], [{ points: [1, 2, 3], outcome: 'Tiltrådt' }]],
    ['Ad 1 – 3 Anbefales godkendt.', [1, 2, 3], [{ points: [1, 2, 3], outcome: 'Anbefales godkendt' }]],
    ['Ad. pkt. 2. Udsat.', [1, 2], [{ points: [2], outcome: 'Udsat' }]],
    [
      'Godkendt med den bemærkning, at boligorganisationen inddrages i tidsplanen.',
      [1],
      [
        {
          points: [1],
          outcome: 'Godkendt med den bemærkning, at boligorganisationen inddrages i tidsplanen',
        },
      ],
    ],
    ['Taget til efterretning.', [], [{ points: [], outcome: 'Taget til efterretning' }]],
    ['Godkendt.', [2, 1, 1], [{ points: [1, 2], outcome: 'Godkendt' }]],
    ['', [1, 2], []],
    [
      'Ad. 1. Tiltrådt. Ad. 2. Ikke tiltrådt.\n\nUdvalget ønsker garantien belyst nærmere.',
      [1, 2],
      [
        { points: [1], outcome: 'Tiltrådt' },
        { points: [2], outcome: 'Ikke tiltrådt' },
      ],
    ],
    ['Godkendt.\n\nSocialdemokratiet stemte imod.', [1], [{ points: [1], outcome: 'Godkendt' }]],
    ['Udvalget besluttede:\n\nAd. 1. Tiltrådt.', [1], [{ points: [1], outcome: 'Tiltrådt' }]],
  ];

  it.each(examples)('reads %j', (text, points, expected) => {
    expect(parseDecisionOutcomes(text, points).outcomes).toEqual(expected);
  });

  it('does not read the preposition "ad" as a point marker', () => {
    expect(parseDecisionOutcomes('Sagen sendes videre ad 2 omveje.', [1]).outcomes).toEqual([
      { points: [1], outcome: 'Sagen sendes videre ad 2 omveje' },
    ]);
  });

  it('keeps an outcome that starts with a number apart from the point list', () => {
    expect(parseDecisionOutcomes('Ad. 1. 5 stemmer for, 2 imod.', [1]).outcomes).toEqual([
      { points: [1], outcome: '5 stemmer for, 2 imod' },
    ]);
  });

  it('warns when a decision names a point the recommendation lacks', () => {
    const { outcomes, findings } = parseDecisionOutcomes('Ad. 3. Tiltrådt.', [1, 2]);
    expect(outcomes).toEqual([{ points: [3], outcome: 'Tiltrådt' }]);
    expect(findings.map((f) => f.code)).toEqual(['decision.unknownPoint']);
    expect(findings[0]?.message).toContain('punkt 3');
  });

  it('reads a reversed range in order and says so', () => {
    const { outcomes, findings } = parseDecisionOutcomes('Ad. 3-1 Tiltrådt.', [1, 2, 3]);
    expect(outcomes[0]?.points).toEqual([1, 2, 3]);
    expect(findings.map((f) => f.code)).toEqual(['decision.reversedRange']);
  });

  it('does not expand an absurd range', () => {
    const { outcomes, findings } = parseDecisionOutcomes('Ad. 1-5000 Tiltrådt.', [1]);
    expect(outcomes[0]?.points).toEqual([1, 5000]);
    expect(findings.map((f) => f.code)).toContain('decision.rangeTooLong');
  });
});

describe('parsePointList', () => {
  it.each([
    ['1', [1]],
    ['1-2', [1, 2]],
    ['1 til 3', [1, 2, 3]],
    ['2 og 1', [1, 2]],
    ['1, 2, 5-6 og 9', [1, 2, 5, 6, 9]],
  ])('reads %j', (text, points) => {
    expect(parsePointList(text)?.points).toEqual(points);
  });

  it('returns null when the text does not start with a number', () => {
    expect(parsePointList('Tiltrådt')).toBeNull();
  });
});

describe('formatting outcomes', () => {
  it('writes the seed forms', () => {
    expect(formatDecisionOutcome({ points: [1], outcome: 'Tiltrådt' })).toBe('Ad. 1. Tiltrådt.');
    expect(formatDecisionOutcome({ points: [1, 2], outcome: 'Tiltrådt' })).toBe('Ad. 1-2 Tiltrådt.');
    expect(formatDecisionOutcome({ points: [], outcome: 'Godkendt' })).toBe('Godkendt.');
    expect(formatPointList([5, 1, 2, 3, 9])).toBe('1-3, 5 og 9');
  });

  it('reads back any point list it writes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }),
        (points) => {
          expect(parsePointList(formatPointList(points))?.points).toEqual([...points].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('reads back any list of per-point outcomes it writes', () => {
    const outcome = fc.record({
      points: fc
        .uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 5 })
        .map((p) => p.sort((a, b) => a - b)),
      outcome: fc.constantFrom(
        'Tiltrådt',
        'Ikke tiltrådt',
        'Godkendt med den bemærkning, at sagen genoptages',
        'Udsat',
      ),
    });
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1, maxLength: 5 }), (outcomes) => {
        expect(parseDecisionOutcomes(formatDecisionOutcomes(outcomes), []).outcomes).toEqual(outcomes);
      }),
    );
  });

  it('gives an overall outcome every recommendation point', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 8 }), (points) => {
        const [only] = parseDecisionOutcomes('Godkendt.', points).outcomes;
        expect(only?.points).toEqual([...points].sort((a, b) => a - b));
      }),
    );
  });

  it('never throws and returns points sorted and distinct', () => {
    const recommendationPoints = fc
      .uniqueArray(fc.integer({ min: 1, max: 10 }))
      .map((p) => p.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
        recommendationPoints,
        (noise, points) => {
          for (const text of [noise, `Ad. ${noise}`, `Ad. 1-${noise}`]) {
            for (const o of parseDecisionOutcomes(text, points).outcomes) {
              expect(o.points).toEqual([...new Set(o.points)].sort((a, b) => a - b));
            }
          }
        },
      ),
    );
  });
});
