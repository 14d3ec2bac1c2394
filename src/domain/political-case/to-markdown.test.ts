import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from './body-abbreviations.ts';
import { SEED_LIKE_CASE } from './political-case.arbitrary.ts';
import { politicalCaseToMarkdown } from './to-markdown.ts';
import type { PoliticalCase } from './types.ts';

const options = { bodyAbbreviations: NORDDJURS_BODY_ABBREVIATIONS };

const seedLike = SEED_LIKE_CASE;

describe('politicalCaseToMarkdown', () => {
  it('writes the layout of the seed web page', () => {
    expect(politicalCaseToMarkdown(seedLike, options)).toBe(
      `${[
        '## Ændret praksis for afholdelse af dialogforum',
        '22/8287 Åben Sag',
        '### Sagsgang',
        'MTU, ØK, KB',
        '### Sagsfremstilling',
        'Den 13. december 2011 vedtog Kommunalbestyrelsen en model.',
        'Forvaltningen foreslår en ændring.',
        '### Økonomiske konsekvenser',
        'Ingen økonomiske konsekvenser.',
        '### **Indstilling**',
        'Vej- og ejendomschefen indstiller, at modellen fremover fastlægges således, at',
        '1. den politiske deltagelse består af et temamøde\n2. de årlige styringsdialogmøder kan suppleres med embedsmænd.',
        '### **Beslutning i Miljø- og teknikudvalget den 10-10-2022**',
        'Ad. 1. Tiltrådt.',
        'Ad. 2. Tiltrådt.',
        '**Beslutning i Økonomiudvalget den 08-11-2022**',
        'Ad. 1-2 Tiltrådt.',
        'Afbud:',
        'Diana Therese Mikkelsen (Løsgænger)',
        '**Bilag:**',
        '- Notat om styringsdialog',
      ].join('\n\n')}\n`,
    );
  });

  it('escapes text that would otherwise read as markup', () => {
    const markdown = politicalCaseToMarkdown(
      {
        ...seedLike,
        title: 'Sag om *stjerner* og \\ skråstreger #',
        sections: [{ heading: 'Baggrund', text: 'Indledning\n1. ikke et punkt' }],
      },
      options,
    );
    expect(markdown).toContain('## Sag om \\*stjerner\\* og \\\\ skråstreger \\#');
    expect(markdown).toContain('Indledning\n1\\. ikke et punkt');
  });

  it('writes nothing for fields the case lacks', () => {
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
    expect(politicalCaseToMarkdown(bare)).toBe('## Orientering om boligsocial helhedsplan\n');
  });
});
