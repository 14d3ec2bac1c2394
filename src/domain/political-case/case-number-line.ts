/**
 * The line under an agenda item's title that carries its journal number and access:
 * "22/8287 Åben Sag" (Seed: Norddjurs agenda item 22/8287), "Lukket sag", "Sagsnr.: 21/1234".
 * Case numbers are "yy/nnnn" (domain.md §4); with an explicit label any number form is taken.
 */
import { collapseWhitespace, lowerDanish } from './case-text.ts';
import type { CaseAccess } from './types.ts';

export interface CaseNumberLine {
  caseNumber: string | null;
  access: CaseAccess | null;
}

const LABELLED =
  /^(?:sagsnr|sagsnummer|sag nr|j\.\s?nr|jnr|journalnr|journalnummer)\.?\s*:?\s*(\S+)\s*(.*)$/iu;
const UNLABELLED = /^(\d{2}\/\d{1,7})?\s*[,–-]?\s*(.*)$/u;
const ACCESS = /^(åben|lukket)\s+sag\.?$/iu;

function readAccess(text: string): CaseAccess | null | undefined {
  if (text === '') return null;
  const match = ACCESS.exec(text);
  if (!match?.[1]) return undefined;
  return lowerDanish(match[1]) === 'åben' ? 'open' : 'closed';
}

/** Null when the line is something else. */
export function parseCaseNumberLine(line: string): CaseNumberLine | null {
  const text = collapseWhitespace(line);
  if (text === '') return null;
  const labelled = LABELLED.exec(text);
  const match = labelled ?? UNLABELLED.exec(text);
  if (!match) return null;
  const caseNumber = match[1] ?? null;
  const access = readAccess((match[2] ?? '').replace(/^[,–-]\s*/u, ''));
  if (access === undefined) return null;
  if (caseNumber === null && access === null) return null;
  return { caseNumber, access };
}

/** "22/8287 Åben Sag", spelled as the seed web page spells it. */
export function formatCaseNumberLine(caseNumber: string | null, access: CaseAccess | null): string {
  const accessText = access === 'open' ? 'Åben Sag' : access === 'closed' ? 'Lukket Sag' : '';
  return [caseNumber ?? '', accessText].filter((part) => part !== '').join(' ');
}
