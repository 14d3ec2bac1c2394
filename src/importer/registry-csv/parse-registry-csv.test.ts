import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCvr } from '../../domain/registry/registry-arbitraries.ts';
import { departmentKey, organisationKey, personKey } from './keys.ts';
import { parseRegistryCsv } from './parse-registry-csv.ts';
import type { CsvProblem, KnownOrganisation } from './types.ts';

const ORG_HEADER =
  'type;navn;cvr;lbf_nr;art;hjemkommune;administreres_af;regnskabsaar_slut;aktiv_fra;aktiv_til';
const ORG_LINE = 'organisation;Boligselskabet Djurslandsbo;34183058;137;boligorganisation;707;;;01-04-1950;';
const DEP_HEADER = 'type;navn;cvr;lbf_nr;art;adresse;kommune;boliger;afdelingsbestyrelse';
const PERSON_HEADER = 'type;navn;email;telefon;rolle;cvr;kommune;enhed;parti;aktiv_fra;aktiv_til';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const where = (problems: CsvProblem[]) => problems.map((p) => [p.line, p.column]);
const known: KnownOrganisation[] = [
  { cvr: '34183058', name: 'Boligselskabet Djurslandsbo', kind: 'housingOrganisation' },
];

describe('parseRegistryCsv: the header', () => {
  it('matches header names without regard to case, spaces, hyphens and æøå', () => {
    const result = parseRegistryCsv(
      csv(
        'Type;Navn;CVR-nr.;LBF nr;Art;Hjemkommune;Regnskabsår slut;Aktiv fra',
        'organisation;A/S Boliger;34183058;1;boligorganisation;707;31-03;01-01-2000',
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.organisations[0]).toMatchObject({
      cvr: '34183058',
      lbfNumber: '1',
      accountingYearEnd: '03-31',
    });
  });

  it('refuses an unknown column, naming it', () => {
    const result = parseRegistryCsv(csv(`${ORG_HEADER};bemærkning`, `${ORG_LINE};ring først`));
    expect(result.problems).toEqual([
      {
        line: 1,
        column: 'bemærkning',
        message: expect.stringContaining('Kolonnen »bemærkning« kendes ikke'),
      },
    ]);
  });

  it('refuses a column named twice', () => {
    expect(
      where(parseRegistryCsv(csv('type;navn;cvr;CVR', 'organisation;X;34183058;34183058')).problems),
    ).toContainEqual([1, 'cvr']);
  });

  it('stops at a header without a type column, with one problem', () => {
    expect(parseRegistryCsv(csv('navn;cvr', 'X;34183058'))).toMatchObject({
      rows: { organisations: [], departments: [], persons: [] },
      problems: [{ line: 1, column: 'type', message: 'Overskriften mangler kolonnen type' }],
    });
  });

  it('honours Excel\'s "sep=" line and keeps line numbers as the user sees them', () => {
    const result = parseRegistryCsv(csv('sep=,', 'type,navn,cvr', 'organisation,X,12345678'));
    expect(result.format.separator).toBe(',');
    expect(result.problems.find((p) => p.column === 'cvr')?.line).toBe(3);
  });
});

describe('parseRegistryCsv: the file as a whole', () => {
  it('reports an empty file', () => {
    expect(parseRegistryCsv('').problems).toEqual([
      { line: 1, column: null, message: 'Filen er tom: den skal have en overskrift og mindst én linje' },
    ]);
  });

  it('reports a file with only a header', () => {
    expect(where(parseRegistryCsv(csv(ORG_HEADER)).problems)).toEqual([[1, null]]);
  });

  it('skips blank lines and lines of only separators, keeping the line numbers', () => {
    const result = parseRegistryCsv(
      csv(ORG_HEADER, '', ';;;;;;;;;', 'organisation;X;12345678;;boligorganisation;707;;;01-01-2000;'),
    );
    expect(where(result.problems)).toEqual([[4, 'cvr']]);
  });

  it('puts a problem on the line where a multi-line quoted record starts, and counts those lines for later records', () => {
    const result = parseRegistryCsv(
      csv(
        DEP_HEADER,
        'afdeling;"Søndergården\nBlok A";34183058;1;familie;Søndergade 1;707;10;ja',
        'afdeling;"Vestergården\n\nBlok B";34183058;2;familie;Vestergade 1;707;0;ja',
        'afdeling;X;34183058;3;familie;Y;707;0;ja',
      ),
      { knownOrganisations: known },
    );
    expect(result.rows.departments[0]?.name).toBe('Søndergården\nBlok A');
    expect(where(result.problems)).toEqual([
      [4, 'boliger'],
      [7, 'boliger'],
    ]);
  });

  it('reports a quote that never closes, at the line where it opens', () => {
    const result = parseRegistryCsv(csv(ORG_HEADER, ORG_LINE, 'organisation;"Boligselskabet;34183058'));
    expect(where(result.problems)).toEqual([[3, null]]);
  });

  it('reports a line with more fields than the header', () => {
    const result = parseRegistryCsv(
      csv(
        'type,navn,cvr,lbf_nr,art,hjemkommune,aktiv_fra',
        'organisation,Boliger, Grenaa,34183058,1,boligorganisation,707,2000-01-01',
      ),
    );
    expect(result.problems[0]).toMatchObject({
      line: 2,
      column: null,
      message: expect.stringContaining('flere felter'),
    });
  });

  it('refuses the whole line when the type is missing or unknown', () => {
    const result = parseRegistryCsv(
      csv(ORG_HEADER, ORG_LINE.replace('organisation', ''), ORG_LINE.replace('organisation', 'firma')),
    );
    expect(where(result.problems)).toEqual([
      [2, 'type'],
      [3, 'type'],
    ]);
  });

  it('refuses a filled cell that the row type does not use', () => {
    const result = parseRegistryCsv(csv(`${ORG_HEADER};parti`, `${ORG_LINE};Venstre`));
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'parti',
        message: 'Kolonnen parti bruges ikke for type organisation: lad den være tom',
      },
    ]);
  });

  it('never throws, and places every problem on a line of the file', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('organisation', 'afdeling', 'person', '34183058', '"', '01-01-2020', ''),
    );
    const line = fc
      .tuple(fc.array(cell, { maxLength: 12 }), fc.constantFrom(';', ','))
      .map(([cells, separator]) => cells.join(separator));
    const file = fc.tuple(
      fc.constantFrom(ORG_HEADER, DEP_HEADER, PERSON_HEADER, ''),
      fc.array(line, { maxLength: 8 }),
    );
    fc.assert(
      fc.property(file, ([header, lines]) => {
        const text = csv(header, ...lines);
        const result = parseRegistryCsv(text);
        const lineCount = text.split('\n').length;
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount);
          expect(p.message).not.toMatch(/invalid|expected|received/i);
        }
      }),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => parseRegistryCsv(bytes)).not.toThrow();
      }),
    );
  });
});

describe('parseRegistryCsv: organisations', () => {
  it('refuses the same CVR number twice, pointing at the first line', () => {
    const result = parseRegistryCsv(
      csv(ORG_HEADER, ORG_LINE, ORG_LINE.replace('Djurslandsbo', 'Djurslandsbo II')),
    );
    expect(result.problems).toEqual([
      { line: 3, column: 'cvr', message: 'CVR-nummeret 34183058 står også på linje 2' },
    ]);
  });

  it('reports each bad cell of a line in its own column, in Danish', () => {
    const result = parseRegistryCsv(
      csv(ORG_HEADER, 'organisation;;1234;x;andelsbolig;70;;29-02;32-01-2000;'),
    );
    expect(where(result.problems)).toEqual([
      [2, 'art'],
      [2, 'aktiv_fra'],
      [2, 'navn'],
      [2, 'cvr'],
      [2, 'lbf_nr'],
      [2, 'hjemkommune'],
      [2, 'regnskabsaar_slut'],
    ]);
    expect(result.rows.organisations).toEqual([]);
  });

  it('refuses an organisation that ends before it starts', () => {
    const result = parseRegistryCsv(csv(ORG_HEADER, ORG_LINE.replace(/;$/, ';31-12-1949')));
    expect(result.problems).toEqual([
      { line: 2, column: 'aktiv_til', message: 'Aktiv til (31-12-1949) ligger før aktiv fra (01-04-1950)' },
    ]);
  });

  it.each([
    ['', { kind: 'self' }],
    ['selv', { kind: 'self' }],
    ['34183058', { kind: 'self' }],
    ['34182701', { kind: 'administrationOrganisation', cvr: '34182701' }],
    ['djursland boligadministration', { kind: 'administrationOrganisation', cvr: '34182701' }],
    ['34183767', { kind: 'otherOrganisation', cvr: '34183767' }],
    ['Ejendomskontoret ApS', { kind: 'privateAdministrator', name: 'Ejendomskontoret ApS' }],
  ])('reads administreres_af %j', (typed, administeredBy) => {
    const result = parseRegistryCsv(csv(ORG_HEADER, ORG_LINE.replace(';707;;', `;707;${typed};`)), {
      knownOrganisations: [
        { cvr: '34182701', name: 'Djursland Boligadministration', kind: 'administrationOrganisation' },
        { cvr: '34183767', name: 'Boligforeningen Kattegatkysten', kind: 'housingOrganisation' },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.rows.organisations[0]?.administeredBy).toEqual(administeredBy);
  });

  it('refuses administreres_af pointing at an unknown or invalid CVR number', () => {
    const unknown = parseRegistryCsv(csv(ORG_HEADER, ORG_LINE.replace(';707;;', ';707;34182701;')));
    expect(unknown.problems).toEqual([
      {
        line: 2,
        column: 'administreres_af',
        message: 'Organisationen med CVR-nummer 34182701 findes hverken i filen eller i registret',
      },
    ]);
    const invalid = parseRegistryCsv(csv(ORG_HEADER, ORG_LINE.replace(';707;;', ';707;34182702;')));
    expect(where(invalid.problems)).toEqual([[2, 'administreres_af']]);
  });
});

describe('parseRegistryCsv: departments', () => {
  const dep = (number: string, cvr = '34183058') =>
    `afdeling;Søndergården;${cvr};${number};familie;Søndergade 1;707;1.200;ja`;

  it('reads a department of an organisation already in the registry', () => {
    const result = parseRegistryCsv(csv(DEP_HEADER, dep('7')), { knownOrganisations: known });
    expect(result.problems).toEqual([]);
    expect(result.rows.departments[0]).toMatchObject({ key: departmentKey('34183058', '7'), homes: 1200 });
  });

  it('refuses a department of an organisation found neither in the file nor in the registry', () => {
    const result = parseRegistryCsv(csv(DEP_HEADER, dep('7')));
    expect(where(result.problems)).toEqual([[2, 'cvr']]);
  });

  it('refuses the same department number twice in one organisation, also written with leading zeros', () => {
    const result = parseRegistryCsv(csv(DEP_HEADER, dep('7'), dep('007')), { knownOrganisations: known });
    expect(result.problems).toEqual([
      {
        line: 3,
        column: 'lbf_nr',
        message: 'Afdelingsnummer 7 for organisationen med CVR-nummer 34183058 står også på linje 2',
      },
    ]);
  });

  it('allows the same department number in two organisations', () => {
    const result = parseRegistryCsv(csv(DEP_HEADER, dep('7'), dep('7', '34183767')), {
      knownOrganisations: [...known, { cvr: '34183767', name: 'K', kind: 'housingOrganisation' }],
    });
    expect(result.problems).toEqual([]);
    expect(result.rows.departments).toHaveLength(2);
  });
});

describe('parseRegistryCsv: people', () => {
  const person = (
    cells: Partial<
      Record<
        | 'navn'
        | 'email'
        | 'telefon'
        | 'rolle'
        | 'cvr'
        | 'kommune'
        | 'enhed'
        | 'parti'
        | 'aktiv_fra'
        | 'aktiv_til',
        string
      >
    >,
  ) =>
    [
      'person',
      cells.navn ?? 'Anne Holm',
      cells.email,
      cells.telefon,
      cells.rolle,
      cells.cvr,
      cells.kommune,
      cells.enhed,
      cells.parti,
      cells.aktiv_fra,
      cells.aktiv_til,
    ]
      .map((c) => c ?? '')
      .join(';');

  it('merges one line per role into one person, by e-mail regardless of case', () => {
    const result = parseRegistryCsv(
      csv(
        PERSON_HEADER,
        person({
          email: 'anne@x.example',
          rolle: 'embedsmand',
          kommune: '707',
          enhed: 'Social',
          aktiv_fra: '01-01-2020',
        }),
        person({
          email: 'ANNE@x.example',
          rolle: 'bestyrelsesmedlem',
          cvr: '34183058',
          aktiv_fra: '01-06-2021',
        }),
      ),
      { knownOrganisations: known },
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.persons).toEqual([
      {
        key: personKey({ email: 'anne@x.example', name: 'Anne Holm' }),
        lines: [2, 3],
        name: 'Anne Holm',
        email: 'anne@x.example',
        phone: null,
        roles: [
          { kind: 'official', municipality: '707', unit: 'Social', from: '2020-01-01', to: null },
          { kind: 'boardMember', organisationCvr: '34183058', from: '2021-06-01', to: null },
        ],
      },
    ]);
  });

  it('lets a line without e-mail join the one person of that name who has one', () => {
    const result = parseRegistryCsv(
      csv(
        PERSON_HEADER,
        person({ rolle: 'borgmester', kommune: '707', aktiv_fra: '01-01-2022' }),
        person({ email: 'anne@x.example' }),
      ),
    );
    expect(result.rows.persons.map((p) => [p.key, p.lines])).toEqual([
      ['person:email:anne@x.example', [2, 3]],
    ]);
  });

  it('refuses one e-mail address under two names', () => {
    const result = parseRegistryCsv(
      csv(PERSON_HEADER, person({ email: 'a@x.example' }), person({ navn: 'Bo Holm', email: 'a@x.example' })),
    );
    expect(result.problems).toEqual([
      {
        line: 3,
        column: 'navn',
        message: 'E-mailadressen a@x.example står på linje 2 med navnet »Anne Holm«',
      },
    ]);
    expect(result.rows.persons).toEqual([]);
  });

  it('refuses the same role twice', () => {
    const line = person({ rolle: 'borgmester', kommune: '707', aktiv_fra: '01-01-2022' });
    expect(parseRegistryCsv(csv(PERSON_HEADER, line, line)).problems).toEqual([
      { line: 3, column: 'rolle', message: 'Samme rolle med samme periode står også på linje 2' },
    ]);
  });

  it.each([
    [{ rolle: 'embedsmand', kommune: '707', aktiv_fra: '01-01-2020' }, [[2, 'enhed']]],
    [{ rolle: 'kommunalbestyrelsesmedlem', kommune: '707', aktiv_fra: '01-01-2020' }, [[2, 'parti']]],
    [{ rolle: 'bestyrelsesformand', aktiv_fra: '01-01-2020' }, [[2, 'cvr']]],
    [{ rolle: 'bestyrelsesformand', cvr: '34183058' }, [[2, 'aktiv_fra']]],
    [{ rolle: 'borgmester', kommune: '707', enhed: 'Social', aktiv_fra: '01-01-2020' }, [[2, 'enhed']]],
    [{ kommune: '707' }, [[2, 'rolle']]],
    [{ rolle: 'præst', aktiv_fra: '01-01-2020' }, [[2, 'rolle']]],
    [
      { rolle: 'borgmester', kommune: '707', aktiv_fra: '01-01-2022', aktiv_til: '31-12-2021' },
      [[2, 'aktiv_til']],
    ],
    [
      { email: 'anne@', telefon: '12' },
      [
        [2, 'email'],
        [2, 'telefon'],
      ],
    ],
  ])('reports %j in the right column', (cells, expected) => {
    expect(
      where(parseRegistryCsv(csv(PERSON_HEADER, person(cells)), { knownOrganisations: known }).problems),
    ).toEqual(expected);
  });
});

describe('idempotency keys', () => {
  it('keys organisations by CVR, departments by CVR and number, people by e-mail or else name', () => {
    expect(organisationKey('34183058')).toBe('organisation:34183058');
    expect(departmentKey('34183058', '007')).toBe('department:34183058:7');
    expect(personKey({ email: ' Anne@X.example ', name: 'Anne' })).toBe('person:email:anne@x.example');
    expect(personKey({ email: null, name: '  Anne   Holm ' })).toBe('person:name:anne holm');
  });

  it('gives the same rows when the same file is read twice', () => {
    const text = csv(ORG_HEADER, ORG_LINE);
    expect(parseRegistryCsv(text)).toEqual(parseRegistryCsv(text));
  });
});

describe('parseRegistryCsv: round trip', () => {
  const nameArb = fc
    .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøåÆØÅ ;,"-'), { minLength: 1, maxLength: 30 })
    .map((cs) => `Bolig ${cs.join('')}`.trim().replace(/\s+/g, ' '));
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

  it('reads back any set of valid organisations written with either separator and all fields quoted', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validCvr, { minLength: 1, maxLength: 8 }),
        nameArb,
        fc.constantFrom(';', ','),
        (cvrs, name, sep) => {
          const lines = [
            ['type', 'navn', 'cvr', 'art', 'hjemkommune', 'aktiv_fra'].join(sep),
            ...cvrs.map((cvr, i) =>
              ['organisation', `${name} ${i}`, cvr, 'boligorganisation', '707', '01-01-2000']
                .map(quote)
                .join(sep),
            ),
          ];
          const result = parseRegistryCsv(csv(...lines));
          expect(result.problems).toEqual([]);
          expect(result.rows.organisations.map((o) => [o.cvr, o.name])).toEqual(
            cvrs.map((cvr, i) => [cvr, `${name} ${i}`]),
          );
        },
      ),
    );
  });
});
