/**
 * Invented content for agenda layouts: a small seeded random generator picks municipalities,
 * committees, titles, case numbers in each agenda system's style, routes, recommendation points,
 * decisions and absences. Everything is made up; nothing is copied from a real agenda.
 */
import type { LayoutCase, LayoutDecision, LayoutId, LayoutMeeting, LayoutPerson } from './agenda-layouts.ts';

/** mulberry32: small, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const MUNICIPALITIES: readonly { name: string; table: Record<string, string>; council: string }[] = [
  {
    name: 'Havbjerg Kommune',
    council: 'Byrådet',
    table: {
      TMU: 'Teknik- og Miljøudvalget',
      ØU: 'Økonomiudvalget',
      BY: 'Byrådet',
      SSU: 'Social- og Sundhedsudvalget',
    },
  },
  {
    name: 'Skovlund Kommune',
    council: 'Kommunalbestyrelsen',
    table: {
      PU: 'Planudvalget',
      ØK: 'Økonomiudvalget',
      KB: 'Kommunalbestyrelsen',
      KIU: 'Kultur- og Idrætsudvalget',
    },
  },
  {
    name: 'Fjordby Kommune',
    council: 'Byrådet',
    table: {
      BMU: 'By- og Miljøudvalget',
      ØU: 'Økonomiudvalget',
      BR: 'Byrådet',
      BUU: 'Børne- og Ungeudvalget',
    },
  },
  {
    name: 'Engdal Kommune',
    council: 'Kommunalbestyrelsen',
    table: {
      UTM: 'Udvalget for Teknik og Miljø',
      ØK: 'Økonomiudvalget',
      KB: 'Kommunalbestyrelsen',
      ÆU: 'Ældreudvalget',
    },
  },
];

const FIRST = [
  'Anne',
  'Bent',
  'Camilla',
  'Dorte',
  'Erik',
  'Frederik',
  'Gitte',
  'Hans',
  'Ida',
  'Jens',
  'Karen',
  'Lars',
  'Mette',
  'Niels',
  'Ole',
  'Pia',
  'Rasmus',
  'Sofie',
  'Torben',
  'Ulla',
  'Vibeke',
  'Aksel',
  'Birthe',
  'Søren',
  'Øjvind',
];
const MIDDLE = ['', '', '', 'Marie ', 'Kristian ', 'Louise ', 'Holm '];
const LAST = [
  'Andersen',
  'Bech',
  'Christoffersen',
  'Dall',
  'Egholm',
  'Friis',
  'Gravesen',
  'Hviid',
  'Iversen',
  'Juul',
  'Kjær',
  'Lund',
  'Møller',
  'Nørgaard',
  'Overgaard',
  'Pallesen',
  'Riis',
  'Skov',
  'Thygesen',
  'Vestergaard',
  'Ærø-Hansen',
];
const PARTIES = ['A', 'V', 'C', 'F', 'O', 'Ø', 'B', 'I', 'D', 'Æ', 'M'];
const PLACES = [
  'Byrådssalen',
  'Mødelokale 2, Rådhuset',
  'Udvalgsværelset',
  'Kantinen, Rådhuset',
  'Virtuelt møde',
];

const TOPICS = [
  'Styringsdialog med de almene boligorganisationer',
  'Model for styringsdialog',
  'Styringsrapporter fra boligorganisationerne',
  'Dialogmøder med boligselskaberne',
  'Tilsyn med den almene sektor',
  'Godkendelse af regnskab for boligorganisationen',
  'Skema B for renovering af afdeling',
  'Helhedsplan for boligområdet',
  'Kapitaltilførsel til almen afdeling',
  'Udlejningsaftale med boligorganisationerne',
  'Lokal aftale om kommunal anvisning',
  'Effektiviseringsmål for den almene sektor',
];
const SUFFIX = [
  '',
  ' 2024',
  ' 2025',
  ' - revideret model',
  ' for 2023-2026',
  ' - opfølgning',
  ' (orientering)',
  ' og tilsynsrapport',
];

const POINTS = [
  'den reviderede model for styringsdialog godkendes',
  'forvaltningen bemyndiges til at indkalde til dialogmøder',
  'orienteringen tages til efterretning',
  'der afsættes 250.000 kr. til opgaven i 2025',
  'styringsrapporterne for 2023 godkendes',
  'dialogmøderne fremover afholdes hvert andet år med den enkelte boligorganisation',
  'sagen sendes i høring hos boligorganisationerne',
  'udvalget drøfter temaer til det kommende dialogmøde',
  'tilsynsrapporten offentliggøres på kommunens hjemmeside',
  'kommunen stiller garanti for lånet på 12,5 mio. kr.',
  'skema B godkendes med en anskaffelsessum på 48,2 mio. kr.',
  'den lokale aftale forlænges til udgangen af 2026',
];
const INTROS = [
  'Direktionen indstiller, at',
  'Forvaltningen indstiller til Økonomiudvalget, at',
  'Administrationen indstiller, at',
  'Teknik- og miljødirektøren indstiller,',
  'Kommunaldirektøren indstiller over for udvalget, at',
];
const OUTCOMES = [
  ['Godkendt.'],
  ['Anbefales.'],
  ['Indstillingen blev godkendt.'],
  ['Tiltrådt.'],
  ['Taget til efterretning.'],
  ['Godkendt.', 'Udvalget ønsker en status på dialogmøderne om et år.'],
  ['Anbefales over for Byrådet.'],
  ['Godkendt med den bemærkning, at boligorganisationerne inddrages tidligt.'],
];
const SECTION_TEXTS = [
  'Kommunalbestyrelsen skal efter almenboligloven føre tilsyn med de almene boligorganisationer og holde mindst ét dialogmøde om året med hver organisation.',
  'Forvaltningen har gennemgået styringsrapporterne og vurderer, at organisationerne generelt drives tilfredsstillende.',
  'Modellen blev vedtaget i 2019 og har siden været brugt uændret. Der er behov for at tilpasse den til de nye regler.',
  'Sagen har ingen økonomiske konsekvenser for kommunen.',
  'Boligorganisationerne er hørt og har ingen bemærkninger til forslaget.',
  'Det foreslås, at dialogmøderne tilrettelægges med fokus på effektivitet, beboerdemokrati og vedligeholdelse.',
];
const SECTION_HEADINGS = [
  'Sagsfremstilling',
  'Baggrund',
  'Økonomiske konsekvenser',
  'Vurdering',
  'Høring',
  'Lovgrundlag',
];

function personOf(r: Rand): LayoutPerson {
  return {
    name: `${pick(r, FIRST)} ${pick(r, MIDDLE)}${pick(r, LAST)}`,
    party: r() < 0.9 ? pick(r, PARTIES) : null,
  };
}

function dateIn(r: Rand, year: number): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function earlier(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() - days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Case numbers as each family prints them. */
function caseNumberFor(r: Rand, layout: LayoutId, year: number): string | null {
  const yy = String(year % 100).padStart(2, '0');
  switch (layout) {
    case 'sbsys-txt':
      return r() < 0.5
        ? `${yy}/${int(r, 100, 29999)}`
        : `${pick(r, ['03.00.00', '00.01.00', '19.03.00', '85.02.02'])}-${pick(r, ['P20', 'P24', 'G01', 'A00'])}-${int(r, 1, 40)}-${yy}`;
    case 'edagsorden-txt':
      return `${int(r, 100, 999)}-${year}-${int(r, 1000, 99999)}`;
    case 'prism-md':
      return `${pick(r, ['ØU', 'TMU', 'BY', 'KB'])} ${int(r, 10, 400)}/${year}`;
    case 'netpublicator-txt':
      return r() < 0.5
        ? `${yy}/${int(r, 100, 29999)}`
        : `${pick(r, ['03.00.00', '00.01.00'])}-${pick(r, ['P20', 'G01'])}-${int(r, 1, 40)}-${yy}`;
    default:
      return r() < 0.85 ? `${yy}/${int(r, 100, 29999)}` : null;
  }
}

export function inventMeeting(seed: number, layout: LayoutId, items?: number): LayoutMeeting {
  const r = seededRandom(seed);
  const muni = pick(r, MUNICIPALITIES);
  const names = Object.entries(muni.table);
  const [meetingAbbr, meetingBody] = pick(
    r,
    names.filter(([, n]) => n !== muni.council),
  ) as [string, string];
  const year = int(r, 2019, 2026);
  const date = dateIn(r, year);
  const count = items ?? (r() < 0.35 ? int(r, 2, 4) : 1);
  const first = int(r, 1, 120);
  const members = Array.from({ length: int(r, 3, 7) }, () => personOf(r));
  const absent = r() < 0.5 ? [personOf(r)] : [];
  const cases: LayoutCase[] = [];
  for (let k = 0; k < count; k++) {
    const routeBodies = [
      pick(
        r,
        names.filter(([a]) => a !== meetingAbbr),
      )[0],
      meetingAbbr,
      ...(r() < 0.7 ? [Object.keys(muni.table)[2] ?? 'BY'] : []),
    ];
    const route = [...new Set(routeBodies)].filter((x): x is string => x !== undefined);
    const before = route.slice(0, route.indexOf(meetingAbbr));
    const decisions: LayoutDecision[] = before
      .filter(() => r() < 0.6)
      .map((abbr, i) => ({
        body: muni.table[abbr] ?? abbr,
        date: earlier(date, 14 * (before.length - i)),
        text: pick(r, OUTCOMES),
        absences: [],
        bare: false,
      }));
    if (r() < 0.9)
      decisions.push({
        body: meetingBody,
        date,
        text: pick(r, OUTCOMES),
        absences: r() < 0.4 ? [personOf(r)] : [],
        bare: true,
      });
    const pointCount = int(r, 1, 4);
    const pool = [...POINTS];
    const points = Array.from(
      { length: pointCount },
      () => pool.splice(Math.floor(r() * pool.length), 1)[0] ?? 'sagen godkendes',
    );
    const sectionCount = int(r, 1, 3);
    const headings = [...SECTION_HEADINGS];
    const sections = Array.from({ length: sectionCount }, (_, i) => ({
      heading:
        i === 0 ? 'Sagsfremstilling' : (headings.splice(int(r, 1, headings.length - 1), 1)[0] ?? 'Vurdering'),
      text: Array.from({ length: int(r, 1, 3) }, () => pick(r, SECTION_TEXTS)),
    }));
    cases.push({
      itemNumber: first + k,
      title: `${pick(r, TOPICS)}${pick(r, SUFFIX)}`,
      caseNumber: caseNumberFor(r, layout, year),
      route: r() < 0.85 ? route : [],
      intro: pick(r, INTROS),
      points,
      sections,
      decisions,
    });
  }
  return {
    municipality: muni.name,
    table: muni.table,
    body: meetingBody,
    date,
    place: pick(r, PLACES),
    members,
    absent,
    cases,
  };
}
