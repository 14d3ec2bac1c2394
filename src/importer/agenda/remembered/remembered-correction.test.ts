/**
 * Remembered corrections (issue 16, pt 4): what a correction teaches (example tables), that the
 * next import of the same layout then comes out right, and — as a property — that a remembered
 * correction never changes the result for a text where its text does not occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inventMeeting } from '../../../../test/support/agenda-content.ts';
import { LAYOUT_IDS, layoutExtension, renderLayout } from '../../../../test/support/agenda-layouts.ts';
import { applyCaseCorrection, correctionOf } from '../../../domain/political-case/case-correction.ts';
import type { PoliticalCase } from '../../../domain/political-case/types.ts';
import type { AgendaParseOptions } from '../agenda-blocks.ts';
import type { AgendaImportResult } from '../import-report.ts';
import { parseAgendaFile } from '../parse-agenda-file.ts';
import { learnCorrections } from './learn-corrections.ts';
import { describeRememberedCorrection, type RememberedCorrection } from './remembered-correction.ts';

const TABLE = { ØU: 'Økonomiudvalget', TMU: 'Teknik- og miljøudvalget', KB: 'Kommunalbestyrelsen' };

/** An invented layout: the municipality's own case-number label, recommendation heading and route spelling. */
function item(n: number, caseNumber: string, title: string): string {
  return [
    'Økonomiudvalget',
    `Referat af mødet ${n}-05-2024 kl. 16.00`,
    '',
    `${n}. ${title}`,
    `Sagsreference: ${caseNumber}`,
    'Sagsgang: TM, ØU',
    'Sagsfremstilling',
    'Kommunen holder styringsdialog med alle boligorganisationer.',
    'Forslag til afgørelse',
    'Direktionen indstiller, at',
    `1. redegørelsen for ${title.toLowerCase()} godkendes,`,
    '2. dialogen offentliggøres.',
    'Beslutning',
    'Anbefales.',
    '',
  ].join('\n');
}

async function read(
  text: string,
  remembered: readonly RememberedCorrection[] = [],
): Promise<AgendaImportResult> {
  const options: AgendaParseOptions = { bodyAbbreviations: TABLE, remembered };
  return parseAgendaFile({ fileName: 'punkt.txt', bytes: new TextEncoder().encode(text) }, options);
}

function corrected(c: PoliticalCase, patch: Partial<ReturnType<typeof correctionOf>>): PoliticalCase {
  const out = applyCaseCorrection(c, { ...correctionOf(c, TABLE), ...patch }, TABLE);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.value;
}

describe('learning from a correction', () => {
  it('import → correct → import a second item of the same layout: the corrected fields now come out right', async () => {
    const first = await read(item(14, '24/1234', 'Styringsdialog 2024'));
    const before = first.cases[0] as PoliticalCase;
    // What the reader gets wrong in this layout.
    expect(before.caseNumber).toBeNull();
    expect(before.recommendation).toBeNull();
    expect(before.route.map((b) => b.abbreviation)).toEqual(['TM', 'ØU']);

    const after = corrected(before, {
      caseNumber: '24/1234',
      route: 'TMU, ØU',
      recommendationPoints: '1. redegørelsen for styringsdialog 2024 godkendes,\n2. dialogen offentliggøres.',
    });
    const learned = learnCorrections({ before, after, lines: first.lines ?? [], table: TABLE });
    expect(learned).toEqual([
      { kind: 'caseNumberLabel', text: 'Sagsreference' },
      { kind: 'headingSynonym', text: 'forslag til afgørelse', role: 'recommendation' },
      { kind: 'bodyAlias', text: 'TM', abbreviation: 'TMU' },
    ]);

    const second = (await read(item(21, '24/5678', 'Boligorganisationernes regnskaber'), learned)).cases[0];
    expect(second?.caseNumber).toBe('24/5678');
    expect(second?.route.map((b) => b.abbreviation)).toEqual(['TMU', 'ØU']);
    expect(second?.recommendation?.points.map((p) => p.text)).toEqual([
      'redegørelsen for boligorganisationernes regnskaber godkendes,',
      'dialogen offentliggøres.',
    ]);
    const sources = (await read(item(21, '24/5678', 'X'), learned)).sources[0] ?? [];
    expect(sources.find((s) => s.field === 'route')?.confidence).toBe('high');
  });

  it('learns a route heading of its own ("Behandles i: …") from a route the reader missed', async () => {
    const text = item(14, '24/1234', 'Styringsdialog 2024').replace(
      'Sagsgang: TM, ØU',
      'Behandles i: ØU, KB',
    );
    const first = await read(text);
    const before = first.cases[0] as PoliticalCase;
    expect(before.route).toEqual([]);
    const after = corrected(before, { route: 'ØU, KB' });
    const learned = learnCorrections({ before, after, lines: first.lines ?? [], table: TABLE });
    expect(learned).toEqual([{ kind: 'headingSynonym', text: 'behandles i', role: 'route' }]);
    const again = (await read(text.replace('24/1234', '24/999'), learned)).cases[0];
    expect(again?.route.map((b) => b.abbreviation)).toEqual(['ØU', 'KB']);
  });

  it('learns a title label of its own ("Emne: …") from a title the reader got wrong, and reads the next item by it', async () => {
    const titled = (n: number, caseNumber: string, title: string) =>
      [
        'Økonomiudvalget',
        `Referat af mødet ${n}-05-2024 kl. 16.00`,
        '',
        `Dagsordenspunkt ${n} - åbent`,
        `Emne: ${title}`,
        `Sagsnr.: ${caseNumber}`,
        'Sagsgang: ØU, KB',
        'Sagsfremstilling',
        'Kommunen holder styringsdialog med alle boligorganisationer.',
        'Beslutning',
        'Anbefales.',
        '',
      ].join('\n');
    const first = await read(titled(14, '24/1234', 'Styringsdialog 2024'));
    const before = first.cases[0] as PoliticalCase;
    expect(before.title).toBe('åbent');
    const after = corrected(before, { title: 'Styringsdialog 2024' });
    const learned = learnCorrections({ before, after, lines: first.lines ?? [], table: TABLE });
    expect(learned).toEqual([{ kind: 'titleLabel', text: 'Emne' }]);

    const second = await read(titled(21, '24/5678', 'Boligorganisationernes regnskaber'), learned);
    expect(second.cases[0]?.title).toBe('Boligorganisationernes regnskaber');
    expect(second.sources[0]?.find((s) => s.field === 'title')).toMatchObject({
      fromLine: 5,
      confidence: 'high',
    });
    // Without the label on the page the rule changes nothing.
    const plain = await read(titled(21, '24/5678', 'X').replace('Emne: X', 'Ingen etiket'), learned);
    expect(plain.cases[0]?.title).toBe('åbent');
  });

  it('reads each item of a multi-item page by its own title label', async () => {
    const page = [
      'Økonomiudvalget',
      'Referat af mødet 14-05-2024 kl. 16.00',
      '12. Punkt A',
      'Emne: Styringsdialog 2024',
      'Sagsnr.: 24/1234',
      'Sagsfremstilling',
      'Tekst om dialogen.',
      'Beslutning',
      'Godkendt.',
      '13. Punkt B',
      'Emne: Regnskaber 2023',
      'Sagsnr.: 24/5678',
      'Sagsfremstilling',
      'Tekst om regnskaberne.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    const plain = await read(page);
    expect(plain.cases.map((c) => c.title)).toEqual(['Punkt A', 'Punkt B']);
    const taught = await read(page, [{ kind: 'titleLabel', text: 'Emne' }]);
    expect(taught.cases.map((c) => c.title)).toEqual(['Styringsdialog 2024', 'Regnskaber 2023']);
  });

  it.each([
    ['a title typo fixed', { title: 'Styringsdialog 2025' }],
    ['a decision text reworded', {}],
  ])('learns nothing from a one-off fix: %s', async (_name, patch) => {
    const first = await read(item(14, '24/1234', 'Styringsdialog 2024'));
    const before = first.cases[0] as PoliticalCase;
    const after = corrected(before, patch);
    expect(learnCorrections({ before, after, lines: first.lines ?? [], table: TABLE })).toEqual([]);
  });

  it.each([
    ['a label of more than three words', 'Her er vores eget sagsnummer: 24/1234'],
    ['a value glued to more text', 'Sagsreference: 24/12345'],
  ])('learns no case-number label from %s', (_name, line) => {
    const before: PoliticalCase = {
      caseNumber: null,
      title: 'T',
      access: null,
      route: [],
      sections: [],
      recommendation: null,
      decisions: [],
      attachments: [],
    };
    const after = { ...before, caseNumber: '24/1234' };
    expect(learnCorrections({ before, after, lines: [{ line: 1, text: line }], table: TABLE })).toEqual([]);
  });

  it('learns no alias from a removed decision (the ones after it shift) nor from an added one', () => {
    const decision = (body: PoliticalCase['decisions'][number]['body']) => ({
      body,
      date: '2024-05-14',
      outcomes: [],
      text: 'Godkendt.',
      absences: [],
    });
    const before: PoliticalCase = {
      caseNumber: null,
      title: 'T',
      access: null,
      route: [],
      sections: [],
      recommendation: null,
      decisions: [
        decision({ abbreviation: null, name: 'Teknik & Miljø' }),
        decision({ abbreviation: 'ØU', name: 'Økonomiudvalget' }),
      ],
      attachments: [],
    };
    const second = before.decisions[1] as PoliticalCase['decisions'][number];
    const removed = { ...before, decisions: [second] };
    expect(
      learnCorrections({ before, after: removed, lines: [], table: TABLE, decisionOrigins: [1] }),
    ).toEqual([]);
    const addedToo = {
      ...before,
      decisions: [second, decision({ abbreviation: 'KB', name: 'Kommunalbestyrelsen' })],
    };
    expect(
      learnCorrections({ before, after: addedToo, lines: [], table: TABLE, decisionOrigins: [1, null] }),
    ).toEqual([]);
    // The decision kept and corrected still teaches.
    const fixed = {
      ...before,
      decisions: [decision({ abbreviation: 'TMU', name: 'Teknik- og miljøudvalget' })],
    };
    expect(learnCorrections({ before, after: fixed, lines: [], table: TABLE, decisionOrigins: [0] })).toEqual(
      [{ kind: 'bodyAlias', text: 'Teknik & Miljø', abbreviation: 'TMU' }],
    );
  });

  it('does not learn an alias to a body outside the table, nor a known heading', () => {
    const before: PoliticalCase = {
      caseNumber: null,
      title: 'T',
      access: null,
      route: [{ abbreviation: null, name: 'Tek. & Miljø' }],
      sections: [],
      recommendation: null,
      decisions: [],
      attachments: [],
    };
    const after = { ...before, route: [{ abbreviation: 'XYZ', name: null }] };
    expect(learnCorrections({ before, after, lines: [], table: TABLE })).toEqual([]);
  });

  it.each([
    [{ kind: 'caseNumberLabel', text: 'Sagsreference' }, '"Sagsreference" foran et nummer er sagsnummeret'],
    [
      { kind: 'headingSynonym', text: 'forslag til afgørelse', role: 'recommendation' },
      'Overskriften "forslag til afgørelse" indleder indstillingen',
    ],
    [{ kind: 'bodyAlias', text: 'Tek. & Miljø', abbreviation: 'TMU' }, '"Tek. & Miljø" er udvalget TMU'],
    [{ kind: 'titleLabel', text: 'Emne' }, '"Emne:" foran en tekst er sagens titel'],
  ] as const)('describes %o in Danish', (rule, text) => {
    expect(describeRememberedCorrection(rule)).toBe(text);
  });
});

/** Rules as municipalities teach them; none occurs in the generated layouts' vocabulary. */
const RULES: readonly RememberedCorrection[] = [
  { kind: 'caseNumberLabel', text: 'Sagsreference' },
  { kind: 'caseNumberLabel', text: 'Vores ref.' },
  { kind: 'headingSynonym', text: 'forslag til afgørelse', role: 'recommendation' },
  { kind: 'headingSynonym', text: 'behandles i', role: 'route' },
  { kind: 'headingSynonym', text: 'udvalgets afgørelse', role: 'decision' },
  { kind: 'bodyAlias', text: 'Tek. & Miljø', abbreviation: 'MTU' },
  { kind: 'bodyAlias', text: 'BR', abbreviation: 'KB' },
  { kind: 'titleLabel', text: 'Emne' },
  { kind: 'titleLabel', text: 'Punktets overskrift' },
];

function occursIn(rule: RememberedCorrection, text: string): boolean {
  return text.toLocaleLowerCase('da').includes(rule.text.toLocaleLowerCase('da'));
}

describe('a remembered correction where it does not apply', () => {
  it('never changes the result (random pages in every layout)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...LAYOUT_IDS),
        fc.integer({ min: 1, max: 3 }),
        fc.subarray([...RULES], { minLength: 1 }),
        async (seed, layout, items, rules) => {
          const meeting = inventMeeting(seed, layout, items);
          const text = renderLayout(layout, meeting);
          const apply = rules.filter((r) => !occursIn(r, text));
          fc.pre(apply.length > 0);
          const options = {
            bodyAbbreviations: {
              ...meeting.table,
              MTU: 'Miljø- og teknikudvalget',
              KB: 'Kommunalbestyrelsen',
            },
          };
          const file = {
            fileName: `punkt.${layoutExtension(layout)}`,
            bytes: new TextEncoder().encode(text),
          };
          const plain = await parseAgendaFile(file, options);
          const taught = await parseAgendaFile(file, { ...options, remembered: apply });
          expect(taught).toEqual(plain);
        },
      ),
      { numRuns: 80 },
    );
  });
});
