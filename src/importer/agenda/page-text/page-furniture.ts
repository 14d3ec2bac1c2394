/**
 * Lines that belong to the web page or the meeting, not to an agenda item: cookie banners,
 * navigation, "Hent som fil", print/share links, page numbers, and the meeting header's fields
 * (committee, date and time, place, members present). Used to skip the page header when looking
 * for an item's title, and to drop page chrome wherever it stands.
 */

import { lowerDanish } from '../../../domain/political-case/case-text.ts';
import { HAS_DIGIT } from './page-dates.ts';
import type { PageLine } from './page-lines.ts';

/** Page chrome: dropped wherever it stands. */
const CHROME: readonly RegExp[] = [
  /cookie/iu,
  /^(?:accepter|accepterer|afvis|tillad|godkend)(?:\s+(?:alle|valgte|nødvendige))?(?:\s+cookies)?$/iu,
  /^(?:hent|download)(?:\s+(?:som|hele))?\s+(?:fil|pdf|dagsorden|referat|dokument)/iu,
  /^(?:udskriv|print|del|del på|del siden|luk|menu|søg|søgning|tilbage|til toppen|tilbage til toppen|gå til (?:hoved)?indhold|spring til indhold|skip to content|vis alle|skjul alle|fold ud|fold sammen|læs mere|læs op|se bilag|abonnér|abonner|log ind|tilgængelighedserklæring|kontakt|forside)$/iu,
  /^(?:forside|start)\s*[>/›»|]/iu,
  /\s[>›»]\s.*\s[>›»]\s/u,
  /^https?:\/\//iu,
  /^(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s+af\s+\d{1,4}$/iu,
  /^[-–]?\s*\d{1,3}\s*[-–]?$/u,
  /^(?:tlf|telefon|e-?mail|cvr|ean|mail)\.?\s*(?:nr\.?)?\s*[:.]?\s*[\d+a-z]/iu,
  /^\p{Lu}[\p{L}-]+ (?:Kommune|Rådhus)(?:\s*[,|·–-].*)?$/u,
  /^(?:printet|udskrevet)\s+(?:den\s+)?\d/iu,
];

/** Meeting header fields: skipped when looking for a title; read by meeting-header.ts. */
const HEADER_FIELD: readonly RegExp[] = [
  /^(?:mødedato|dato|mødetidspunkt|tidspunkt|starttidspunkt|sluttidspunkt|start|slut|mødetid|mødested|sted|lokale|adresse|mødeleder|formand|næstformand|sekretær|referent|medlemmer|deltagere|til stede|tilstede|deltog|afbud|fraværende|ikke til stede|udvalg|organ|mødeforum|forum|møde|bemærkning|bemærkninger|mødestatus|status|sagsansvarlig|sagsbehandler|ansvarlig|forfatter|dokumenter|dokument|dok\.?\s?nr|kle|emne|område|afdeling|center|forvaltning|fagområde|lovgivning|sagstype|sagsbeh\.?)\s*[:.-]/iu,
  /^(?:referat|dagsorden|åben dagsorden|lukket dagsorden|beslutningsprotokol|tillægsdagsorden|indholdsfortegnelse|dagsordenspunkter|punkter på dagsordenen|oversigt|referat \(åben\)|åbent referat|endeligt referat|foreløbig dagsorden|ordinært møde|ekstraordinært møde|mødet|møde)(?:\s*[-–:].*)?$/iu,
  /^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+)?\d{1,2}\.?\s*(?:[-./]\s*\d{1,2}[-./]\d{2,4}|\s*\p{L}+\.?\s+\d{4})(?:\s*(?:,|kl\.?|fra|-|–)\s*.*)?$/iu,
  /^kl\.?\s*\d{1,2}[.:]\d{2}/iu,
  /^\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$/u,
  /^(?:åben|åbent|lukket)\s+(?:møde|punkt)$/iu,
  /^(?:medlemmer|deltagere|til stede|fraværende|afbud)$/iu,
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}\s*\([^()]{0,20}\)\s*(?:,\s*(?:formand|næstformand))?$/u,
];

/** A phone number anywhere in the line: page chrome too; it needs a digit (a cheap test first). */
export const PHONE = /\btlf\.?\s*:?\s*\+?\d{2}/iu;

export function isPageChrome(text: string): boolean {
  return CHROME.some((re) => re.test(text)) || (HAS_DIGIT.test(text) && PHONE.test(text));
}

export function isHeaderField(text: string): boolean {
  return HEADER_FIELD.some((re) => re.test(text));
}

/**
 * PDF text: the first and last line of a page when the same line (digits ignored, so "Side 1"
 * and "Side 2" match) opens or closes at least two pages — a running header or footer. Only the
 * outermost lines count, so a short decision ("Godkendt.") near a page edge is kept.
 */
export function repeatedPageEdges(lines: readonly PageLine[]): Set<number> {
  const byPage = new Map<number, PageLine[]>();
  for (const line of lines) {
    const page = byPage.get(line.page);
    if (page) page.push(line);
    else byPage.set(line.page, [line]);
  }
  const found = new Set<number>();
  if (byPage.size < 2) return found;
  const key = (text: string): string => lowerDanish(text.replace(/\d+/gu, '#'));
  const pagesWith = new Map<string, number>();
  const edges: PageLine[] = [];
  for (const page of byPage.values()) {
    const ends = [page[0], page.at(-1)].filter((l): l is PageLine => l !== undefined);
    for (const k of new Set(ends.map((l) => key(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
    edges.push(...ends);
  }
  for (const line of edges) if ((pagesWith.get(key(line.text)) ?? 0) >= 2) found.add(line.line);
  return found;
}
