/**
 * Test support only: fast-check arbitraries for political cases in canonical form — the form the
 * importers produce (collapsed whitespace, decision outcomes that follow from the decision text,
 * bodies resolved through the abbreviation table). Used by the round-trip property of the Markdown
 * export. Texts are built from Danish words and punctuation, not from arbitrary unicode: the
 * contract covers agenda text, and the fuzz tests cover arbitrary input separately.
 */
import fc from 'fast-check';
import { type IsoDate, isoDate } from '../shared/iso-date.ts';
import { NORDDJURS_BODY_ABBREVIATIONS } from './body-abbreviations.ts';
import { formatDecisionOutcomes, parseDecisionOutcomes } from './parse-decision-outcomes.ts';
import type { Absence, BodyRef, CaseSection, Decision, PoliticalCase, Recommendation } from './types.ts';

export const ROUND_TRIP_TABLE = NORDDJURS_BODY_ABBREVIATIONS;

const WORDS = [
  'boligorganisationen',
  'afdelingen',
  'styringsdialogen',
  'kommunen',
  'forvaltningen',
  'møde',
  'årlige',
  'økonomi',
  'udlejning',
  'beboerdemokrati',
  'renovering',
  'henlæggelser',
  'tomgang',
  'på',
  'og',
  'at',
  'der',
  'med',
  'i',
  'for',
  '2023',
  '§',
  '164,',
  'stk.',
  '2',
  '(jf.',
  'bilag)',
  '"aftale"',
  '”temamøde”',
  'mål-',
  'og',
  'aftalestyring',
  'kr.',
  '1.250.000',
  '-',
  'm.v.',
  'ca.',
  '25',
  '%',
  'Ø',
  'Å',
];

const word = fc.constantFrom(...WORDS);
const capitalised = fc.constantFrom(
  'Boligorganisationen',
  'Forvaltningen',
  'Kommunen',
  'Afdelingen',
  'Der',
  'Det',
  'Økonomien',
  'Årsregnskabet',
);

function sentence(min = 2, max = 14): fc.Arbitrary<string> {
  return fc
    .tuple(
      capitalised,
      fc.array(word, { minLength: min, maxLength: max }),
      fc.constantFrom('.', '?', ':', ''),
    )
    .map(([first, rest, end]) => `${[first, ...rest].join(' ')}${end}`);
}

const paragraph = fc.array(sentence(), { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const listParagraph = fc
  .tuple(sentence(), fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }))
  .map(([lead, items]) => [lead, ...items.map((item) => `- ${item.join(' ')}`)].join('\n'));
const sectionText = fc
  .array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: listParagraph }), {
    maxLength: 4,
  })
  .map((ps) => ps.join('\n\n'));

const sectionHeading = fc.oneof(
  fc.constantFrom(
    'Sagsfremstilling',
    'Baggrund',
    'Økonomiske konsekvenser',
    'Sammenhæng til andre politikker/strategier og fagområder',
    'Høring',
    'Tidsplan',
  ),
  fc.constantFrom(
    'Boligorganisationernes bemærkninger',
    'Status på aftaler fra 2022',
    'Effektivitet i afdelingerne',
  ),
);

const section: fc.Arbitrary<CaseSection> = fc.record({ heading: sectionHeading, text: sectionText });

/** Bodies exactly as the importer resolves them through ROUND_TRIP_TABLE. */
const body: fc.Arbitrary<BodyRef> = fc.constantFrom<BodyRef>(
  { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
  { abbreviation: 'ØK', name: 'Økonomiudvalget' },
  { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
  { abbreviation: 'BUU', name: null },
  { abbreviation: null, name: 'Social- og sundhedsudvalget' },
  { abbreviation: 'SSU', name: 'Social- og sundhedsudvalget' },
);

const date: fc.Arbitrary<IsoDate> = fc
  .tuple(
    fc.integer({ min: 2010, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => isoDate(y, m, d));

const recommendation: fc.Arbitrary<Recommendation> = fc
  .tuple(
    fc.option(
      fc.constantFrom('Vej- og ejendomschefen', 'Direktionen', 'Forvaltningen', 'Kommunaldirektøren'),
      { nil: null },
    ),
    fc.array(word, { minLength: 0, maxLength: 10 }),
    fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { maxLength: 4 }),
  )
  .map(([by, introWords, points]) => ({
    recommendedBy: by,
    intro:
      by === null
        ? introWords.length === 0
          ? ''
          : `Det indstilles, at ${introWords.join(' ')}`
        : `${by} indstiller, at ${introWords.join(' ')}`.trim(),
    points: points.map((words, i) => ({ number: i + 1, text: words.join(' ') })),
  }));

const outcomeText = fc.constantFrom(
  'Tiltrådt',
  'Ikke tiltrådt',
  'Godkendt',
  'Anbefales',
  'Taget til efterretning',
  'Godkendt med den bemærkning, at sagen genoptages i 2024',
  'Udsat',
);

const person = fc
  .tuple(
    fc.constantFrom('Diana Therese', 'Jens', 'Mette', 'Anne-Marie', 'Ole Bo', 'Søren'),
    fc.constantFrom('Mikkelsen', 'Hansen', 'Østergaard', 'Ærø', 'von Holstein'),
    fc.option(fc.constantFrom('Løsgænger', 'A', 'V', 'Socialdemokratiet', 'Enhedslisten'), { nil: null }),
    fc.constantFrom<Absence['kind']>('apology', 'absent'),
  )
  .map(([first, last, party, kind]): Absence => ({ name: `${first} ${last}`, party, kind }));

function decision(points: number[]): fc.Arbitrary<Decision> {
  const perPoint = fc.array(
    fc.tuple(fc.subarray(points.length > 0 ? points : [1], { minLength: 1 }), outcomeText),
    {
      minLength: 1,
      maxLength: 3,
    },
  );
  const text = fc.oneof(
    outcomeText.map((o) => `${o}.`),
    perPoint.map((list) => formatDecisionOutcomes(list.map(([p, o]) => ({ points: p, outcome: o })))),
    fc.constant(''),
  );
  return fc
    .record({
      body,
      date: fc.option(date, { nil: null }),
      text,
      absences: fc.array(person, { maxLength: 3 }),
    })
    .map((d) => ({ ...d, outcomes: parseDecisionOutcomes(d.text, points).outcomes }));
}

/** A canonical case; a case without a title has a case number so its start can be found. */
export const politicalCaseArbitrary: fc.Arbitrary<PoliticalCase> = fc
  .record({
    title: fc.option(
      sentence(1, 8).map((s) => `Sag om ${s.replace(/[.?:]$/u, '')}`),
      { nil: null },
    ),
    caseNumber: fc.option(
      fc
        .tuple(fc.integer({ min: 10, max: 29 }), fc.integer({ min: 1, max: 99999 }))
        .map(([y, n]) => `${y}/${n}`),
      { nil: null },
    ),
    access: fc.option(fc.constantFrom<'open' | 'closed'>('open', 'closed'), { nil: null }),
    route: fc.array(body, { maxLength: 4 }),
    sections: fc.array(section, { maxLength: 4 }),
    recommendation: fc.option(recommendation, { nil: null }),
    attachments: fc.array(
      fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => ({ title: w.join(' ') })),
      {
        maxLength: 3,
      },
    ),
  })
  .chain((c) =>
    fc
      .array(decision(c.recommendation?.points.map((p) => p.number) ?? []), { maxLength: 3 })
      .map((decisions): PoliticalCase => ({ ...c, decisions })),
  )
  .map((c) => (c.title === null && c.caseNumber === null ? { ...c, caseNumber: '22/8287' } : c));

// Seed: Norddjurs agenda item 22/8287, shortened.
/** A shortened copy of the seed case, shared by the export and round-trip tests. */
export const SEED_LIKE_CASE: PoliticalCase = {
  caseNumber: '22/8287',
  title: 'Ændret praksis for afholdelse af dialogforum',
  access: 'open',
  route: [
    { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
    { abbreviation: 'ØK', name: 'Økonomiudvalget' },
    { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
  ],
  sections: [
    {
      heading: 'Sagsfremstilling',
      text: 'Den 13. december 2011 vedtog Kommunalbestyrelsen en model.\n\nForvaltningen foreslår en ændring.',
    },
    { heading: 'Økonomiske konsekvenser', text: 'Ingen økonomiske konsekvenser.' },
  ],
  recommendation: {
    recommendedBy: 'Vej- og ejendomschefen',
    intro: 'Vej- og ejendomschefen indstiller, at modellen fremover fastlægges således, at',
    points: [
      { number: 1, text: 'den politiske deltagelse består af et temamøde' },
      { number: 2, text: 'de årlige styringsdialogmøder kan suppleres med embedsmænd.' },
    ],
  },
  decisions: [
    {
      body: { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
      date: '2022-10-10',
      outcomes: [
        { points: [1], outcome: 'Tiltrådt' },
        { points: [2], outcome: 'Tiltrådt' },
      ],
      text: 'Ad. 1. Tiltrådt.\n\nAd. 2. Tiltrådt.',
      absences: [],
    },
    {
      body: { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      date: '2022-11-08',
      outcomes: [{ points: [1, 2], outcome: 'Tiltrådt' }],
      text: 'Ad. 1-2 Tiltrådt.',
      absences: [{ name: 'Diana Therese Mikkelsen', party: 'Løsgænger', kind: 'apology' }],
    },
  ],
  attachments: [{ title: 'Notat om styringsdialog' }],
};
