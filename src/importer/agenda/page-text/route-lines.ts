/**
 * Sagsgang in the forms pages print: "MTU, ØK, KB", "TMU – ØU – BY", "ØU / KF", one body per
 * line, "Sagen behandles i Teknik- og Miljøudvalget, Økonomiudvalget og Byrådet.", with the case
 * type mixed in ("Beslutningssag", "Åben sag") and dates or "(beslutning)" after a body. Returns
 * the route as "A, B, C" for parseRoute, which resolves abbreviations through the municipality's
 * table. Tokens that do not read as a body are dropped.
 */
import type { BodyAbbreviationTable } from '../../../domain/political-case/body-abbreviations.ts';
import { isBodyName } from './body-names.ts';
import { PAGE_DATE } from './page-dates.ts';

const CASE_TYPE =
  /^(?:sagstype\s*:.*|(?:beslutnings|orienterings|drøftelses|debat|anbefalings)sag(?:er)?|beslutning|orientering|drøftelse|åben(?:t)?\s+(?:sag|punkt)|lukket\s+(?:sag|punkt)|sagstype)$/iu;
const LEAD =
  /^(?:sagen\s+)?(?:skal\s+)?(?:behandles|afgøres|forelægges|sendes|videresendes|går)(?:\s+videre)?\s+(?:i|til|af)\s+/iu;

function cleanToken(token: string): string {
  return token
    .replace(PAGE_DATE, '')
    .replace(/\((?:[^()]*)\)/gu, '')
    .replace(/^(?:og|samt|til|i)\s+/iu, '')
    .replace(/\b(?:den|d\.)\s*$/iu, '')
    .replace(/[\s.:;,–-]+$/u, '')
    .replace(/^[\s.:;,–-]+/u, '')
    .trim();
}

/** "A og B og C" → bodies, when some split at " og " (not "Miljø- og …") makes every part a body. */
function splitOg(token: string, table: BodyAbbreviationTable, depth = 0): string[] {
  const parts = token.split(/(?<!-)\s+og\s+/u);
  if (parts.length > 1 && depth < 4) {
    for (let k = 1; k < parts.length; k++) {
      const left = parts.slice(0, k).join(' og ');
      if (!isBodyName(cleanToken(left), table)) continue;
      const right = splitOg(parts.slice(k).join(' og '), table, depth + 1);
      if (right.every((p) => isBodyName(cleanToken(p), table))) return [left, ...right];
    }
  }
  return [token];
}

/** The route's bodies, joined with ", ". */
export function routeText(lines: readonly string[], table: BodyAbbreviationTable): string {
  const bodies: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^-\s+/u, '').replace(LEAD, '').trim();
    if (CASE_TYPE.test(line.replace(/[.:]$/u, ''))) continue;
    for (const piece of line.split(/\s*(?:[,;→>/|]|\s[-–]\s|\.\s|\.$|\s+og\s+videre\s+til\s+)\s*/u)) {
      for (const part of splitOg(piece, table)) {
        const token = cleanToken(part);
        if (token === '' || CASE_TYPE.test(token)) continue;
        if (isBodyName(token, table)) bodies.push(token);
      }
    }
  }
  return bodies.join(', ');
}
