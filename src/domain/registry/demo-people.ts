/**
 * Demo people for Norddjurs Kommune (see demo-data.ts): 36 council members over two election
 * periods with their parties and committee seats, officials in four units, board chairs and vice
 * chairs, administrator staff — and exactly one deliberate § 14 conflict.
 *
 * All names are invented; e-mail addresses use the reserved `.example` domain so that a demo can
 * never write to a real mailbox. Plain data, no randomness.
 */
import type { IsoDate } from '../shared/iso-date.ts';
import { DEMO_ORGANISATION_IDS as ORG } from './demo-organisations.ts';
import type { BodyMembership, Person, PersonRole } from './types.ts';

export const DEMO_BODY_IDS = { MTU: 'body-707-mtu', ØK: 'body-707-oek', KB: 'body-707-kb' } as const;

const NORDDJURS = '707';
const P1 = { label: '2022-2025', from: '2022-01-01', to: '2025-12-31' } as const;
const P2 = { label: '2026-2029', from: '2026-01-01', to: '2029-12-31' } as const;

/** Stable person id from the name: "Birgitte Skovbo Ravn" → "person-birgitte-skovbo-ravn". */
export function demoPersonId(name: string): string {
  const slug = name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `person-${slug}`;
}

const PARTY = {
  A: 'Socialdemokratiet',
  V: 'Venstre',
  C: 'Det Konservative Folkeparti',
  F: 'SF - Socialistisk Folkeparti',
  O: 'Dansk Folkeparti',
  Ø: 'Enhedslisten',
  B: 'Radikale Venstre',
  Æ: 'Danmarksdemokraterne',
  I: 'Liberal Alliance',
} as const;

type PartyLetter = keyof typeof PARTY;

/** [name, party, sits 2022–2025, sits 2026–2029] */
const COUNCIL: [string, PartyLetter, boolean, boolean][] = [
  ['Henrik Aagaard Lund', 'A', true, true],
  ['Maja Thorsøe', 'V', true, true],
  ['Søren Kjeldgaard', 'A', true, true],
  ['Lene Bach Mortensen', 'V', true, true],
  ['Torben Ravnholt', 'A', true, true],
  ['Pia Engelbrecht', 'C', true, true],
  ['Niels Overgaard', 'V', true, true],
  ['Anja Rosenkilde', 'F', true, true],
  ['Kim Højbjerg', 'O', true, true],
  ['Dorthe Lykkegaard', 'A', true, true],
  ['Jesper Munkholm', 'V', true, true],
  ['Hanne Fuglsang', 'A', true, true],
  ['Bent Stavnsbjerg', 'C', true, true],
  ['Rikke Toftlund', 'Ø', true, true],
  ['Allan Brixen', 'A', true, true],
  ['Mette Hvidbjerg', 'V', true, true],
  ['Claus Damgaard Bech', 'A', true, true],
  ['Tina Lindholt', 'F', true, true],
  ['Poul Erik Vestergaard', 'A', true, false],
  ['Gitte Kragelund', 'V', true, false],
  ['Ove Kjærsgaard', 'O', true, false],
  ['Susanne Ibsen Holm', 'A', true, false],
  ['Jørgen Skaarup', 'V', true, false],
  ['Helle Nørskov', 'C', true, false],
  ['Finn Aaskov', 'B', true, false],
  ['Winnie Stjernholm', 'Æ', true, false],
  ['Erik Bundgaard', 'A', true, false],
  ['Sara Kirkegaard Ahl', 'A', false, true],
  ['Mads Tingleff', 'Æ', false, true],
  ['Line Bjerregaard', 'V', false, true],
  ['Rasmus Odgaard', 'F', false, true],
  ['Camilla Hestbæk', 'Æ', false, true],
  ['Jonas Elkjær', 'I', false, true],
  ['Louise Frydensbjerg', 'A', false, true],
  ['Thomas Sandal', 'Æ', false, true],
  ['Nanna Lysgaard', 'V', false, true],
];

/** Mayors: the chair of KB and ØK in their period. */
const MAYOR_2022 = 'Henrik Aagaard Lund';
const MAYOR_2026 = 'Maja Thorsøe';

/** Committee seats per period: [chair, vice chair, ...members]. */
const COMMITTEES: { bodyId: string; period: typeof P1 | typeof P2; seats: string[] }[] = [
  {
    bodyId: DEMO_BODY_IDS.ØK,
    period: P1,
    seats: [
      MAYOR_2022,
      'Lene Bach Mortensen',
      'Søren Kjeldgaard',
      'Torben Ravnholt',
      'Pia Engelbrecht',
      'Kim Højbjerg',
      'Jesper Munkholm',
      'Rikke Toftlund',
      'Anja Rosenkilde',
    ],
  },
  {
    bodyId: DEMO_BODY_IDS.ØK,
    period: P2,
    seats: [
      MAYOR_2026,
      'Henrik Aagaard Lund',
      'Søren Kjeldgaard',
      'Niels Overgaard',
      'Pia Engelbrecht',
      'Mads Tingleff',
      'Anja Rosenkilde',
      'Jesper Munkholm',
      'Dorthe Lykkegaard',
    ],
  },
  {
    // The supervising committee (Body.supervises): its chair is barred from boards, almenboligloven § 14, nr. 3.
    bodyId: DEMO_BODY_IDS.MTU,
    period: P1,
    seats: [
      'Torben Ravnholt',
      'Bent Stavnsbjerg',
      'Dorthe Lykkegaard',
      'Mette Hvidbjerg',
      'Ove Kjærsgaard',
      'Jørgen Skaarup',
      'Tina Lindholt',
    ],
  },
  {
    bodyId: DEMO_BODY_IDS.MTU,
    period: P2,
    seats: [
      'Niels Overgaard',
      'Allan Brixen',
      'Claus Damgaard Bech',
      'Rasmus Odgaard',
      'Camilla Hestbæk',
      'Nanna Lysgaard',
      'Kim Højbjerg',
    ],
  },
];

/** First deputy mayor (vice chair of KB) per period. */
const DEPUTY_MAYOR = { [P1.label]: 'Lene Bach Mortensen', [P2.label]: 'Henrik Aagaard Lund' } as const;

function councilPersons(): Person[] {
  return COUNCIL.map(([name, party, inP1, inP2]) => {
    const roles: PersonRole[] = [];
    for (const [sits, period] of [
      [inP1, P1],
      [inP2, P2],
    ] as const) {
      if (sits)
        roles.push({
          kind: 'councilMember',
          municipality: NORDDJURS,
          party: PARTY[party],
          from: period.from,
          to: period.to,
        });
    }
    if (name === MAYOR_2022) roles.push({ kind: 'mayor', municipality: NORDDJURS, from: P1.from, to: P1.to });
    if (name === MAYOR_2026) roles.push({ kind: 'mayor', municipality: NORDDJURS, from: P2.from, to: null });
    if (name === 'Hanne Fuglsang') {
      // An ordinary council member may sit on a board: § 14 does not bar her (no finding expected).
      roles.push({ kind: 'boardMember', organisationId: ORG.grenaaAlmene, from: '2022-05-18', to: null });
    }
    // A council member who sits on a board is reached there, as the organisation's representative.
    const board = roles.find((r) => r.kind === 'boardMember');
    const email = board ? `${localPart(name)}@${emailDomain([board])}` : null;
    return { id: demoPersonId(name), name, email, phone: null, roles };
  });
}

export function demoMemberships(): BodyMembership[] {
  const memberships: BodyMembership[] = [];
  for (const period of [P1, P2]) {
    const mayor = period === P1 ? MAYOR_2022 : MAYOR_2026;
    const seated = COUNCIL.filter(([, , inP1, inP2]) => (period === P1 ? inP1 : inP2)).map(([name]) => name);
    for (const name of seated) {
      const role = name === mayor ? 'chair' : name === DEPUTY_MAYOR[period.label] ? 'viceChair' : 'member';
      memberships.push({
        bodyId: DEMO_BODY_IDS.KB,
        personId: demoPersonId(name),
        electionPeriod: period.label,
        role,
      });
    }
  }
  for (const { bodyId, period, seats } of COMMITTEES) {
    seats.forEach((name, i) => {
      const role = i === 0 ? 'chair' : i === 1 ? 'viceChair' : 'member';
      memberships.push({ bodyId, personId: demoPersonId(name), electionPeriod: period.label, role });
    });
  }
  return memberships;
}

function official(unit: string, from: IsoDate, to: IsoDate | null = null): PersonRole {
  return { kind: 'official', municipality: NORDDJURS, unit, from, to };
}

function boardRole(
  kind: 'boardChair' | 'boardViceChair' | 'boardMember',
  organisationId: string,
  from: IsoDate,
  to: IsoDate | null = null,
): PersonRole {
  return { kind, organisationId, from, to };
}

function staff(organisationId: string, from: IsoDate, to: IsoDate | null = null): PersonRole {
  return { kind: 'administratorStaff', organisationId, from, to };
}

/** [name, e-mail local part or null, roles] for people outside the council. */
const OTHERS: [string, string | null, PersonRole[]][] = [
  // Officials of the supervising unit, Vej og Ejendom.
  [
    'Birgitte Skovbo Ravn',
    'bsr',
    [
      official('Vej og Ejendom', '2016-08-01'),
      // THE deliberate § 14 conflict (nr. 4): staff of the supervising unit on a board. The demo
      // shows it as a finding; it must stay the only one.
      boardRole('boardMember', ORG.kattegatkysten, '2023-04-20'),
    ],
  ],
  ['Kasper Mølgaard', 'kam', [official('Vej og Ejendom', '2012-03-01')]],
  ['Signe Ahrenkiel', 'sia', [official('Vej og Ejendom', '2019-09-01')]],
  ['Morten Kloster', 'mok', [official('Vej og Ejendom', '2021-02-01')]],
  [
    'Jytte Hald',
    null,
    [
      // Left the supervising unit before joining a board: no overlap, no conflict.
      official('Vej og Ejendom', '2005-01-01', '2018-12-31'),
      boardRole('boardMember', ORG.lyngbakken, '2019-06-01'),
    ],
  ],
  // Officials of other units: not barred by § 14.
  [
    'Anders Bøgelund',
    'abo',
    [official('Social', '2015-01-01'), boardRole('boardMember', ORG.nordlyset, '2020-05-01')],
  ],
  ['Karina Vrist', 'kav', [official('Social', '2018-06-01')]],
  ['Peter Holmsgaard', 'peh', [official('Beskæftigelse', '2013-10-01')]],
  ['Trine Baunsgaard', 'trb', [official('Beskæftigelse', '2020-01-15')]],
  ['Lars Ellegaard', 'lae', [official('Plan', '2009-04-01')]],
  ['Marianne Kobberup', 'mak', [official('Plan', '2017-11-01')]],
  // Board chairs and vice chairs.
  ['Ebbe Nørgaard Sloth', null, [boardRole('boardChair', ORG.administration, '2016-05-26')]],
  ['Inge Marie Krabbe', null, [boardRole('boardViceChair', ORG.administration, '2016-05-26')]],
  ['Frank Hedegaard', null, [boardRole('boardChair', ORG.djurslandsbo, '2014-06-12')]],
  ['Birthe Sillesen', null, [boardRole('boardViceChair', ORG.djurslandsbo, '2020-06-10')]],
  ['Vagn Aagesen', null, [boardRole('boardChair', ORG.grenaaAlmene, '2011-05-30')]],
  ['Connie Bruun Lauridsen', null, [boardRole('boardViceChair', ORG.grenaaAlmene, '2018-05-28')]],
  ['Kurt Lindberg Friis', null, [boardRole('boardChair', ORG.kattegatkysten, '2017-09-14')]],
  ['Ulla Thybo', null, [boardRole('boardViceChair', ORG.kattegatkysten, '2021-09-16')]],
  ['Bjarne Kvist', null, [boardRole('boardChair', ORG.nordlyset, '2019-05-22')]],
  ['Lis Mørup', null, [boardRole('boardViceChair', ORG.nordlyset, '2019-05-22')]],
  ['Henning Stoltenberg', null, [boardRole('boardChair', ORG.lyngbakken, '2015-05-27')]],
  ['Grethe Aabling', null, [boardRole('boardViceChair', ORG.lyngbakken, '2023-05-24')]],
  ['Leif Strandby', null, [boardRole('boardChair', ORG.molsbo, '2018-06-07')]],
  ['Karin Rugholm', null, [boardRole('boardViceChair', ORG.molsbo, '2018-06-07')]],
  ['Arne Balleby', null, [boardRole('boardChair', ORG.auningAlmene, '2008-05-29', '2019-12-31')]],
  [
    'Edith Tarp',
    null,
    [
      boardRole('boardViceChair', ORG.auningAlmene, '2012-05-31', '2019-12-31'),
      boardRole('boardMember', ORG.djurslandsbo, '2020-06-10'),
    ],
  ],
  // Administrator staff.
  ['Charlotte Vinding', 'cv', [staff(ORG.administration, '2014-01-01')]],
  ['Michael Fogh', 'mf', [staff(ORG.administration, '2019-03-01')]],
  ['Anette Roed', 'ar', [staff(ORG.kattegatkysten, '2011-08-01')]],
  ['Steen Gammelby', 'sg', [staff(ORG.molsbo, '2017-01-01')]],
  [
    'René Brorsen',
    'rb',
    [staff(ORG.auningAlmene, '2009-01-01', '2019-12-31'), staff(ORG.administration, '2020-01-01')],
  ],
];

/**
 * The e-mail domain of a person outside the council, from the first role they hold today (else
 * their last): officials at the municipality, board members and staff at their organisation —
 * all on `.demo`, so every organisation representative can be invited by e-mail (issue 13).
 */
function emailDomain(roles: PersonRole[]): string {
  const current = roles.find((r) => r.to === null) ?? roles.at(-1);
  if (current?.kind === 'official') return 'norddjurs.demo';
  if (current && 'organisationId' in current && current.organisationId) {
    return `${current.organisationId.replace(/^org-/, '')}.demo`;
  }
  return 'personer.demo';
}

/** "Birthe Sillesen" → "birthe.sillesen"; æøå and accents folded to ASCII. */
function localPart(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export function demoPersons(): Person[] {
  const others = OTHERS.map(
    ([name, local, roles]): Person => ({
      id: demoPersonId(name),
      name,
      email: `${local ?? localPart(name)}@${emailDomain(roles)}`,
      phone: null,
      roles: roles.map((r) => ({ ...r })),
    }),
  );
  return [...councilPersons(), ...others];
}
