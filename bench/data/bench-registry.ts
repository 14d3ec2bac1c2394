/**
 * The bench dataset's registry, invented but shaped like the sector (issue 18): national = the
 * 98 municipalities, 561 housing organisations (the largest municipality 64), 7,085 departments,
 * ~590,000 homes; municipality = the largest municipality alone with the same shape. Pure and
 * deterministic (seeded), written as registry CSV files in the documented format
 * (docs/registry-csv.md) so that the product's own import reads them.
 */
import { isValidCvr } from '../../src/domain/registry/cvr.ts';
import { DANISH_MUNICIPALITIES } from '../../src/domain/registry/municipality-codes.ts';
import { apportion, type Random, seededRandom } from './seeded-random.ts';

export type BenchScale = 'national' | 'municipality';

export const NATIONAL = {
  municipalities: 98,
  organisations: 561,
  largest: 64,
  departments: 7085,
  homes: 590_000,
};

export interface BenchDepartment {
  lbfNumber: string;
  name: string;
  kind: 'familie' | 'ældre' | 'ungdom';
  address: string;
  homes: number;
  board: boolean;
}

export interface BenchPerson {
  name: string;
  email: string;
  role: 'bestyrelsesformand' | 'bestyrelsesmedlem' | 'embedsmand' | 'borgmester';
  cvr: string | null;
  unit: string | null;
  from: string;
}

export interface BenchOrganisation {
  cvr: string;
  lbfNumber: string;
  name: string;
  accountingYearEnd: string;
  activeFrom: string;
  departments: BenchDepartment[];
}

export interface BenchMunicipality {
  code: string;
  name: string;
  organisations: BenchOrganisation[];
  persons: BenchPerson[];
}

const STREETS = [
  'Vestergade',
  'Østergade',
  'Søndergade',
  'Nørregade',
  'Parkvej',
  'Skovvej',
  'Engvej',
  'Bakkevej',
];
const FIRST = [
  'Anna',
  'Bo',
  'Camilla',
  'Jens',
  'Mette',
  'Lars',
  'Sofie',
  'Henrik',
  'Birgitte',
  'Ole',
  'Karen',
  'Peter',
];
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Madsen',
];
const ORG_WORDS = [
  'Boligforeningen',
  'Boligselskabet',
  'Andelsboligforeningen',
  'Den almene boligorganisation',
];

/** The largest municipality of the dataset (København, as in the sector). */
export const LARGEST_MUNICIPALITY = '101';

/** Valid CVR numbers in a fixed sequence (the check digit of CVR_WEIGHTS must come out right). */
function* cvrNumbers(): Generator<string> {
  for (let n = 2_000_000; ; n++) {
    for (let d = 0; d <= 9; d++) {
      const cvr = `${n}${d}`;
      if (isValidCvr(cvr)) {
        yield cvr;
        break;
      }
    }
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function person(
  rnd: Random,
  email: string,
  role: BenchPerson['role'],
  extra: Partial<BenchPerson>,
): BenchPerson {
  return {
    name: `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`,
    email,
    role,
    cvr: null,
    unit: null,
    from: `01-01-${rnd.int(2008, 2020)}`,
    ...extra,
  };
}

/** The dataset's registry for `scale`, the same for the same seed. */
export function benchRegistry(scale: BenchScale, seed = 18): BenchMunicipality[] {
  const rnd = seededRandom(seed);
  const largestIndex = DANISH_MUNICIPALITIES.findIndex((m) => m.code === LARGEST_MUNICIPALITY);
  const others = DANISH_MUNICIPALITIES.filter((_, i) => i !== largestIndex);
  const otherCounts = apportion(
    NATIONAL.organisations - NATIONAL.largest,
    others.map(() => rnd.next() ** 3 + 0.05),
  );
  const orgCount = new Map<string, number>([[LARGEST_MUNICIPALITY, NATIONAL.largest]]);
  for (const [i, m] of others.entries()) orgCount.set(m.code, otherCounts[i] as number);
  const departmentsPerOrg = apportion(
    NATIONAL.departments,
    Array.from({ length: NATIONAL.organisations }, () => rnd.next() ** 2 + 0.02),
  );
  const homeWeights = Array.from({ length: NATIONAL.departments }, () => rnd.next() ** 2 + 0.05);
  const homesPerDepartment = apportion(NATIONAL.homes, homeWeights, 4);

  const cvr = cvrNumbers();
  let orgIndex = 0;
  let depIndex = 0;
  const out: BenchMunicipality[] = [];
  // The largest first: every scale draws its numbers in the same order up to it.
  for (const m of [DANISH_MUNICIPALITIES[largestIndex], ...others]) {
    if (!m) continue;
    const persons: BenchPerson[] = [
      person(rnd, `borgmester@k${m.code}.bench`, 'borgmester', { unit: null }),
      person(rnd, `tilsyn1@k${m.code}.bench`, 'embedsmand', { unit: 'Tilsyn med almene boliger' }),
      person(rnd, `tilsyn2@k${m.code}.bench`, 'embedsmand', { unit: 'Tilsyn med almene boliger' }),
    ];
    const organisations: BenchOrganisation[] = [];
    for (let o = 0; o < (orgCount.get(m.code) ?? 0); o++) {
      const orgCvr = cvr.next().value as string;
      const departments: BenchDepartment[] = [];
      for (let d = 0; d < (departmentsPerOrg[orgIndex] ?? 1); d++) {
        const homes = homesPerDepartment[depIndex++] ?? 4;
        departments.push({
          lbfNumber: String(d + 1),
          name: `${rnd.pick(STREETS)}parken ${d + 1}`,
          kind: rnd.next() < 0.8 ? 'familie' : rnd.next() < 0.6 ? 'ældre' : 'ungdom',
          address: `${rnd.pick(STREETS)} ${rnd.int(1, 120)}, ${m.name}`,
          homes,
          board: homes >= 24,
        });
      }
      organisations.push({
        cvr: orgCvr,
        lbfNumber: String(100 + orgIndex),
        name: `${rnd.pick(ORG_WORDS)} ${m.name} ${o + 1}`,
        accountingYearEnd: rnd.next() < 0.1 ? '31-03' : '31-12',
        activeFrom: `01-${pad2(rnd.int(1, 12))}-${rnd.int(1940, 2005)}`,
        departments,
      });
      persons.push(
        person(rnd, `formand@b${orgCvr}.bench`, 'bestyrelsesformand', { cvr: orgCvr }),
        person(rnd, `medlem@b${orgCvr}.bench`, 'bestyrelsesmedlem', { cvr: orgCvr }),
      );
      orgIndex++;
    }
    out.push({ code: m.code, name: m.name, organisations, persons });
    if (scale === 'municipality') break;
  }
  return out;
}

const HEADER =
  'type;navn;cvr;lbf_nr;art;hjemkommune;regnskabsaar_slut;aktiv_fra;adresse;kommune;boliger;afdelingsbestyrelse;email;rolle;enhed';

const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One municipality's registry as a CSV file in the documented format (docs/registry-csv.md). */
export function registryCsv(m: BenchMunicipality): string {
  const lines = [HEADER];
  const row = (cells: string[]) => lines.push(cells.map(cell).join(';'));
  for (const o of m.organisations) {
    row([
      'organisation',
      o.name,
      o.cvr,
      o.lbfNumber,
      'boligorganisation',
      m.code,
      o.accountingYearEnd,
      o.activeFrom,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  for (const o of m.organisations) {
    for (const d of o.departments) {
      row([
        'afdeling',
        d.name,
        o.cvr,
        d.lbfNumber,
        d.kind,
        '',
        '',
        '',
        d.address,
        m.code,
        String(d.homes),
        d.board ? 'ja' : 'nej',
        '',
        '',
        '',
      ]);
    }
  }
  for (const p of m.persons) {
    const municipal = p.role === 'embedsmand' || p.role === 'borgmester';
    row([
      'person',
      p.name,
      p.cvr ?? '',
      '',
      '',
      '',
      '',
      p.from,
      '',
      municipal ? m.code : '',
      '',
      '',
      p.email,
      p.role,
      p.unit ?? '',
    ]);
  }
  return `${lines.join('\n')}\n`;
}

/** The file name the bulk import reads the municipality from (`101-koebenhavn.csv`). */
export function registryFileName(m: BenchMunicipality): string {
  const slug = m.name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-');
  return `${m.code}-${slug}.csv`;
}
