import { describe, expect, it } from 'vitest';
import { normaliseRecommendationLines } from './recommendation-lines.ts';

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
