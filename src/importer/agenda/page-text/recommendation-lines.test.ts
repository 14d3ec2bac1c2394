import { describe, expect, it } from 'vitest';
import { inlineRecommendation, normaliseRecommendationLines } from './recommendation-lines.ts';

describe('recommendation lines', () => {
  it('numbers letters and parenthesised numbers, and makes "at" clauses bullets', () => {
    expect(
      normaliseRecommendationLines([
        'Forvaltningen indstiller,',
        'a) at planen godkendes',
        'b) at den evalueres',
      ]),
    ).toEqual(['Forvaltningen indstiller,', '1. at planen godkendes', '2. at den evalueres']);
    expect(normaliseRecommendationLines(['(1) den første', '(2) den anden'])).toEqual([
      '1. den første',
      '2. den anden',
    ]);
    expect(
      normaliseRecommendationLines(['Direktionen indstiller,', 'at planen godkendes,', 'at den evalueres.']),
    ).toEqual(['Direktionen indstiller,', '- at planen godkendes,', '- at den evalueres.']);
  });

  it('leaves a wrapped line that starts with "at" mid-sentence alone', () => {
    expect(
      normaliseRecommendationLines(['Direktionen indstiller, at det anbefales', 'at man venter']),
    ).toEqual(['Direktionen indstiller, at det anbefales', 'at man venter']);
  });
});

describe('a recommendation in one sentence', () => {
  it.each([
    [
      'Forvaltningen indstiller, at orienteringen tages til efterretning.',
      { intro: 'Forvaltningen indstiller, at', point: 'orienteringen tages til efterretning' },
    ],
    [
      'Kommunaldirektøren indstiller, at tilsynet afsluttes uden bemærkninger.',
      { intro: 'Kommunaldirektøren indstiller, at', point: 'tilsynet afsluttes uden bemærkninger' },
    ],
    [
      'Direktøren for Ældre og Sundhed indstiller at redegørelsen tages til efterretning',
      {
        intro: 'Direktøren for Ældre og Sundhed indstiller at',
        point: 'redegørelsen tages til efterretning',
      },
    ],
    ['Direktionen indstiller, at udvalget over for Byrådet anbefaler,', null],
    ['Direktionen indstiller, at', null],
    ['Forvaltningen indstiller, at sagen udsættes. Den genoptages i maj.', null],
    ['Sagen er til orientering.', null],
  ])('%s', (text, expected) => {
    expect(inlineRecommendation(text)).toEqual(expected);
  });
});
