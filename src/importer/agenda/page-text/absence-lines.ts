/**
 * Absences as pages print them, turned into the canonical "Afbud: Navn (Parti)" /
 * "Fraværende: Navn (Parti)" lines the decision reader understands (absences.ts):
 *   "Afbud: Navn (Parti)", "Afbud fra Navn (A)", "Fraværende:", "Fraværende- Navn ()",
 *   "Ikke til stede: Navn (A)", "Navn (V) havde meldt afbud.", "Navn (A) og Navn (B) var fraværende.",
 *   and a meeting-level "Fraværende: Navn (A) (sag 94-106)" limited to some items.
 */
import { formatAbsentPerson, parseAbsentPeople } from '../../../domain/political-case/absences.ts';
import type { AbsenceKind } from '../../../domain/political-case/types.ts';

export interface AbsenceLine {
  kind: AbsenceKind;
  /** The canonical line ("Afbud: Navn (A), Navn (B)"); just the marker when no names follow. */
  canonical: string;
  /** Items the absence is limited to ("sag 94-106"), else null. */
  items: { from: number; to: number } | null;
}

const MARKER =
  /^(afbud|meldt afbud|forfald|fraværende med afbud|fraværende|fravær|ikke til stede|ikke tilstede|ikke mødt)(?:\s+fra)?\s*(?:[:–-]\s*|\s+|$)(.*)$/iu;
const SENTENCE =
  /^(.+?)\s+(havde meldt afbud|har meldt afbud|meldte afbud|havde afbud|var fraværende|er fraværende|var ikke til stede|var forhindret|deltog ikke)(?:\s+i\s+[^.]*)?\.?$/iu;
const RANGE =
  /[\s,(]*(?:i\s+)?(?:sag|sagerne|punkt|punkterne|pkt\.?)\s*(?:nr\.?\s*)?(\d{1,4})\s*(?:(?:-|–|til)\s*(\d{1,4}))?\s*\)?\.?\s*$/iu;

function kindOf(word: string): AbsenceKind {
  return /afbud|forfald/iu.test(word) ? 'apology' : 'absent';
}

function cutRange(text: string): { text: string; items: AbsenceLine['items'] } {
  const range = RANGE.exec(text);
  if (!range?.[1]) return { text, items: null };
  const from = Number(range[1]);
  const to = Number(range[2] ?? range[1]);
  return {
    text: text.slice(0, range.index).replace(/\s+deltog ikke$/iu, ''),
    items: { from: Math.min(from, to), to: Math.max(from, to) },
  };
}

function canonical(kind: AbsenceKind, names: string): AbsenceLine | null {
  const { text, items } = cutRange(names);
  const marker = kind === 'apology' ? 'Afbud:' : 'Fraværende:';
  if (text.trim() === '') return { kind, canonical: marker, items };
  const people = parseAbsentPeople(text);
  if (people === null) return null;
  const list = people.map(formatAbsentPerson).join(', ');
  return { kind, canonical: people.length === 0 ? `${marker} Ingen` : `${marker} ${list}`, items };
}

/** Null when the line is not about absence. */
export function parseAbsenceLine(text: string): AbsenceLine | null {
  if (text.length > 300) return null;
  const marker = MARKER.exec(text);
  if (marker?.[1]) return canonical(kindOf(marker[1]), (marker[2] ?? '').trim());
  const sentence = SENTENCE.exec(text);
  if (sentence?.[1] && sentence[2]) return canonical(kindOf(sentence[2]), sentence[1]);
  return null;
}

/** A line of names only ("Navn (V)"), as listed under a bare "Fraværende:" marker. */
export function isNamesLine(text: string): boolean {
  const people = parseAbsentPeople(cutRange(text).text);
  return people !== null && people.length > 0;
}
