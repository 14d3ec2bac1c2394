/**
 * The Markdown export's contract, checked from the importer's side (the domain must not import
 * the importer): importing politicalCaseToMarkdown's output gives the same case back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from '../../domain/political-case/body-abbreviations.ts';
import {
  politicalCaseArbitrary,
  ROUND_TRIP_TABLE,
  SEED_LIKE_CASE,
} from '../../domain/political-case/political-case.arbitrary.ts';
import {
  politicalCasesToMarkdown,
  politicalCaseToMarkdown,
} from '../../domain/political-case/to-markdown.ts';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import { parseAgendaMarkdown } from './parse-agenda-markdown.ts';

const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };

const seedLike = SEED_LIKE_CASE;

describe('Markdown export and import', () => {
  it('gives the same case back when the export is imported', () => {
    const { cases, report } = parseAgendaMarkdown(politicalCaseToMarkdown(seedLike, options), options);
    expect(cases).toEqual([seedLike]);
    expect(report.warnings).toEqual([]);
  });

  it('escapes text that would otherwise read as markup', () => {
    const tricky: PoliticalCase = {
      ...seedLike,
      title: 'Sag om *stjerner* og \\ skråstreger #',
      sections: [
        { heading: 'Baggrund', text: 'Indledning\n1. ikke et punkt\n- heller ikke en punktopstilling' },
      ],
      recommendation: {
        recommendedBy: null,
        intro: 'Det indstilles, at\n1. dette stadig er indledning',
        points: [],
      },
    };
    const markdown = politicalCaseToMarkdown(tricky, options);
    expect(markdown).toContain('## Sag om \\*stjerner\\* og \\\\ skråstreger \\#');
    expect(parseAgendaMarkdown(markdown, options).cases).toEqual([tricky]);
  });

  it('round-trips a case with nothing but a title', () => {
    const bare: PoliticalCase = {
      caseNumber: null,
      title: 'Orientering om boligsocial helhedsplan',
      access: null,
      route: [],
      sections: [],
      recommendation: null,
      decisions: [],
      attachments: [],
    };
    expect(parseAgendaMarkdown(politicalCaseToMarkdown(bare)).cases).toEqual([bare]);
  });

  it('round-trips generated cases through Markdown', () => {
    fc.assert(
      fc.property(politicalCaseArbitrary, (politicalCase) => {
        const markdown = politicalCaseToMarkdown(politicalCase, { bodyAbbreviations: ROUND_TRIP_TABLE });
        const { cases } = parseAgendaMarkdown(markdown, { bodyAbbreviations: ROUND_TRIP_TABLE });
        expect(cases).toEqual([politicalCase]);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips several generated cases on one page', () => {
    const titled = politicalCaseArbitrary.filter((c) => c.title !== null);
    fc.assert(
      fc.property(fc.array(titled, { minLength: 2, maxLength: 4 }), (many) => {
        const markdown = politicalCasesToMarkdown(many, { bodyAbbreviations: ROUND_TRIP_TABLE });
        expect(parseAgendaMarkdown(markdown, { bodyAbbreviations: ROUND_TRIP_TABLE }).cases).toEqual(many);
      }),
      { numRuns: 100 },
    );
  });
});
