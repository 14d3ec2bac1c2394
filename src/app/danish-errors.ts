/**
 * Danish messages for every validation problem zod reports, from one place. validate-input.ts
 * installs the map (zod's `customError`), so the API, the forms and the CLI say the same thing:
 * what is wrong, the limit, and what to do — "Titlen må højst være 300 tegn (nu 412). Forkort
 * teksten." A schema's own message (e.g. the registry's labelled messages) still wins.
 *
 * Field names: the last key of the issue's path is looked up in FIELD_NAMES (definite form, as a
 * sentence starts: "Titlen", "Begrundelsen"). An unknown key gets the message without a name
 * ("Skal udfyldes"): every message is shown next to its field, or listed with the field's path,
 * so the name is a help, never the only clue.
 */
import type { z } from 'zod';

/** Field keys used in use-case inputs → their Danish name in definite form. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  accountsUrl: 'Adressen til redegørelserne',
  attendance: 'Fremmødet',
  body: 'Organet',
  caseNumber: 'Sagsnummeret',
  changeReason: 'Begrundelsen for ændringen',
  date: 'Datoen',
  deadline: 'Fristen',
  decision: 'Afgørelsen',
  description: 'Beskrivelsen',
  email: 'E-mailadressen',
  endTime: 'Sluttidspunktet',
  fileName: 'Filnavnet',
  kind: 'Typen',
  label: 'Betegnelsen',
  location: 'Stedet',
  minuteTaker: 'Referenten',
  municipality: 'Kommunekoden',
  municipalityAssessment: 'Kommunens vurdering',
  name: 'Navnet',
  note: 'Bemærkningen',
  objectiveArea: 'Målområdet',
  obligationId: 'Forpligtelsen',
  organisationAssessment: 'Boligorganisationens vurdering',
  outcome: 'Resultatet',
  participant: 'Deltageren',
  party: 'Parten',
  password: 'Adgangskoden',
  phone: 'Telefonnummeret',
  reason: 'Begrundelsen',
  ref: 'Referencen',
  reference: 'Referencen',
  responsible: 'Den ansvarlige',
  role: 'Rollen',
  startTime: 'Starttidspunktet',
  summary: 'Referatet',
  text: 'Teksten',
  title: 'Titlen',
  unit: 'Enheden',
  url: 'Adressen',
  version: 'Versionen',
  year: 'Året',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  bigint: 'et helt tal',
  boolean: 'ja eller nej (true/false)',
  array: 'en liste',
  object: 'et objekt med felter',
  date: 'en dato',
  record: 'et objekt med felter',
};

const FORMAT_HINTS: Readonly<Record<string, string>> = {
  email: 'skal være en gyldig e-mailadresse, fx navn@kommune.dk',
  url: 'skal være en webadresse, der begynder med https://, fx https://www.kommune.dk',
  date: 'skal være en dato, fx 2027-03-14',
  datetime: 'skal være et tidspunkt, fx 2027-03-14T10:00:00Z',
  time: 'skal være et klokkeslæt, fx 10:00',
  uuid: 'skal være et gyldigt id',
};

/** The Danish name of the field an issue is about, or null when the key is not in the table. */
export function fieldName(path: readonly PropertyKey[] | undefined): string | null {
  const last = [...(path ?? [])].reverse().find((k) => typeof k === 'string');
  return typeof last === 'string' ? (FIELD_NAMES[last] ?? null) : null;
}

/** "Titlen skal udfyldes" with a name, "Skal udfyldes" without. */
function sentence(name: string | null, rest: string): string {
  return name ? `${name} ${rest}` : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

function isMissing(input: unknown): boolean {
  return input === undefined || input === null;
}

function lengthOf(input: unknown): number | null {
  if (typeof input === 'string') return [...input].length;
  if (Array.isArray(input)) return input.length;
  return null;
}

function values(list: readonly unknown[]): string {
  return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

type RawIssue = z.core.$ZodRawIssue;

/** The Danish message for one zod issue. */
export function danishMessage(issue: RawIssue): string {
  const name = fieldName(issue.path);
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int') return sentence(name, 'skal være et helt tal');
      if (isMissing(input)) return sentence(name, 'skal udfyldes');
      return sentence(name, `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}`);
    }
    case 'too_big': {
      const max = String(issue.maximum);
      const now = lengthOf(input);
      if (issue.origin === 'string') {
        return `${sentence(name, `må højst være ${max} tegn`)}${now === null ? '' : ` (nu ${now})`}. Forkort teksten.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `${sentence(name, `må højst have ${max} elementer`)}${now === null ? '' : ` (nu ${now})`}.`;
      }
      if (issue.origin === 'file') return sentence(name, `må højst fylde ${max} bytes`);
      return sentence(name, issue.inclusive ? `må højst være ${max}` : `skal være mindre end ${max}`);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? sentence(name, 'skal udfyldes') : sentence(name, `skal være mindst ${min} tegn`);
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return min <= 1
          ? sentence(name, 'skal have mindst ét element')
          : sentence(name, `skal have mindst ${min} elementer`);
      }
      return sentence(name, issue.inclusive ? `skal være mindst ${min}` : `skal være større end ${min}`);
    }
    case 'invalid_value':
      if (isMissing(input)) return sentence(name, 'skal udfyldes');
      return issue.values.length === 1
        ? sentence(name, `skal være ${values(issue.values)}`)
        : sentence(name, `skal være en af: ${values(issue.values)}`);
    case 'invalid_format': {
      return sentence(name, FORMAT_HINTS[issue.format] ?? 'har ikke det rigtige format');
    }
    case 'not_multiple_of':
      return sentence(name, `skal gå op i ${String(issue.divisor)}`);
    case 'unrecognized_keys':
      return `Ukendt felt: ${issue.keys.join(', ')}. Fjern ${issue.keys.length > 1 ? 'dem' : 'det'}.`;
    case 'invalid_key':
      return sentence(name, 'indeholder en ugyldig nøgle');
    case 'invalid_element':
      return sentence(name, 'indeholder en ugyldig værdi');
    case 'invalid_union':
      return sentence(name, 'har en ugyldig værdi');
    default:
      return sentence(name, 'har en ugyldig værdi');
  }
}

/** zod's error-map signature; installed once with `z.config({ customError })`. */
export const danishErrorMap: z.core.$ZodErrorMap = (issue) => danishMessage(issue as RawIssue);
