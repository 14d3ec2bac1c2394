/**
 * Case numbers and item numbers as agenda pages print them. Case numbers: "22/8287 Åben Sag",
 * "Sagsnr.: 21/1234", "Sagsid.: 22/2694", "Sagsnr.: 330-2019-3738", "J.nr. ØU 167/2001", the
 * KLE-style "19.03.00-P24-1-19" (alone or labelled), "Sagsnummer: 2024-012345". Item numbers —
 * the item's place on the agenda, never a case number: "Sag nr. 95", "Punkt 95", "Pkt. 3",
 * "Dagsordenspunkt 4", and "35. Title" lines.
 */

import { lowerDanish } from '../../../domain/political-case/case-text.ts';
import type { CaseAccess } from '../../../domain/political-case/types.ts';

export interface CaseNumberFound {
  caseNumber: string | null;
  access: CaseAccess | null;
  /** A label said so ("Sagsnr.:"); an unlabelled number is less certain. */
  labelled: boolean;
}

const LABEL =
  /^(?:sags\s?nr|sagsnummer|sags\s?nummer|sags-?\s?id|sagsid|j\.\s?nr|jnr|journal\s?nr|journalnummer|journal|esdh[- ]?(?:nr|sagsnr)|acadre[- ]?sagsnr|sbsys[- ]?sagsnr|dok\.\s?nr)\.?\s*(?::|\.|\s)\s*(.*)$/iu;
const KLE = /^\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d{1,6}-\d{2}$/u;
const SHORT = /^\d{2}\/\d{1,7}$/u;
const ACCESS_WORDS = /(?:^|[\s,–-])(åben|åbent|lukket)\s+(?:sag|punkt|dagsordenspunkt)\.?\s*$/iu;
const VALUE = /^((?:[\p{Lu}]{1,5}\s)?[\p{L}\d][\p{L}\d./-]*\d[\p{L}\d./-]*)/u;

function accessOf(word: string | undefined): CaseAccess | null {
  if (!word) return null;
  return lowerDanish(word).startsWith('åben') ? 'open' : 'closed';
}

/** An access line alone: "Åben sag", "Lukket punkt". */
export function parseAccessLine(text: string): CaseAccess | null {
  const match = /^(åben|åbent|lukket)\s+(?:sag|punkt|dagsordenspunkt)\.?$/iu.exec(text.trim());
  return accessOf(match?.[1]);
}

export function parseCaseNumber(text: string): CaseNumberFound | null {
  if (text.length > 120) return null;
  const accessMatch = ACCESS_WORDS.exec(text);
  const access = accessOf(accessMatch?.[1]);
  const body = accessMatch ? text.slice(0, accessMatch.index).trim() : text.trim();
  const labelled = LABEL.exec(body);
  if (labelled) {
    const value = VALUE.exec((labelled[1] ?? '').trim())?.[1]?.replace(/[.,;:]+$/u, '') ?? null;
    if (value === null || !/\d/u.test(value)) return null;
    return { caseNumber: value, access, labelled: true };
  }
  const unlabelled = body.replace(/[.,;]$/u, '');
  if (SHORT.test(unlabelled) || KLE.test(unlabelled))
    return { caseNumber: unlabelled, access, labelled: false };
  if (body === '' && access !== null) return { caseNumber: null, access, labelled: true };
  return null;
}

export interface ItemNumberLine {
  number: number;
  /** The title on the same line ('' when it follows on the next line). */
  title: string;
  /** Labelled ("Punkt 95") rather than a bare "95." line. */
  labelled: boolean;
}

const LABELLED_ITEM =
  /^(?:punkt|pkt\.?|sag\s+nr\.?|sag|dagsordenspunkt|dagsordens\s?punkt|nr\.)\s*(\d{1,4})\b\.?\s*(?:[:.)–-]\s*)?(.*)$/iu;
const BARE_ITEM = /^(\d{1,4})\s*[.)]\s+(\p{Lu}.*)$/u;

export function parseItemNumberLine(text: string): ItemNumberLine | null {
  const labelled = LABELLED_ITEM.exec(text);
  if (labelled?.[1] !== undefined) {
    const title = (labelled[2] ?? '').trim();
    if (/^(?:og|til|i|af)\s/iu.test(title)) return null;
    return { number: Number(labelled[1]), title, labelled: true };
  }
  const bare = BARE_ITEM.exec(text);
  if (bare?.[1] !== undefined && (bare[2] ?? '').length <= 220)
    return { number: Number(bare[1]), title: (bare[2] ?? '').trim(), labelled: false };
  return null;
}
