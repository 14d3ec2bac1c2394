/**
 * Walks the classified lines of a page and sorts them into case drafts (case-draft.ts): each item
 * from its start (split-items.ts) to the next, every line into the part it belongs to — case
 * number, route, a section, the Indstilling, one body's decision, attachments. Lines above the
 * first item are the meeting header (meeting-header.ts): a decision heading that names no body
 * takes the meeting's body and date, and the meeting's absences are added to those decisions.
 * Also records where each field came from, for the confidence shown in the preview.
 */
import {
  type BodyAbbreviationTable,
  resolveBody,
} from '../../../domain/political-case/body-abbreviations.ts';
import { lowerDanish } from '../../../domain/political-case/case-text.ts';
import type { SourceLine } from '../agenda-blocks.ts';
import { type CaseDraft, type DecisionDraft, newCaseDraft, type Paragraph } from '../case-draft.ts';
import { parseAbsenceLine } from './absence-lines.ts';
import type { ClassifiedLine } from './classify-lines.ts';
import type { DecisionLine } from './decision-lines.ts';
import { type MeetingContext, readMeetingContext } from './meeting-header.ts';
import { inlineRecommendation, normaliseRecommendationLines } from './recommendation-lines.ts';
import { routeText } from './route-lines.ts';
import { fallbackStart, findItemStarts, type ItemStart } from './split-items.ts';

export interface DraftSources {
  itemNumber: number | null;
  titleLine: number | null;
  /** 'heading': an explicit title (a Markdown heading read by the structured reader). */
  titleHow: ItemStart['how'] | 'heading';
  caseNumberLine: number | null;
  caseNumberLabelled: boolean;
  routeLines: number[];
  recommendationLines: number[];
  /** Per decision: first and last line, and whether body/date came from the meeting header. */
  decisions: { from: number; to: number; fromMeeting: boolean }[];
  absenceLines: number[];
}

export interface PageDrafts {
  meeting: MeetingContext;
  drafts: { draft: CaseDraft; sources: DraftSources }[];
}

interface Walk {
  draft: CaseDraft;
  sources: DraftSources;
  paragraph: Paragraph | null;
  recommendationRaw: { text: string; line: number; gap: number }[];
}

function source(line: ClassifiedLine, text = line.text): SourceLine {
  return { text, line: line.line, literal: false };
}

function cleanTitle(title: string): string {
  return title
    .replace(/^(?:punkt|pkt\.?|sag\s+nr\.?|dagsordenspunkt)\s*\d{1,4}\s*[.:)–-]?\s*/iu, '')
    .replace(/^\d{1,4}\s*[.)]\s+/u, '')
    .replace(/^\d{1,3}\s+(?=\p{Lu})/u, '')
    .replace(/\s*[-–(]?\s*(?:åben|åbent|lukket)\s+(?:sag|punkt)\)?$/iu, '')
    .replace(/\s*\((?:sagsnr\.?\s*:?\s*)?[\p{Lu}\d][\p{Lu}\d./ -]*[/.-]\d+\)$/iu, '')
    .trim();
}

function startDecision(
  walk: Walk,
  line: ClassifiedLine,
  found: DecisionLine,
  meeting: MeetingContext,
  table: BodyAbbreviationTable,
): void {
  const fromMeeting = found.body === null;
  const bodyText = found.body ?? meeting.body;
  const sameAsMeeting =
    bodyText !== null && meeting.body !== null && lowerDanish(bodyText) === lowerDanish(meeting.body);
  const date = found.date ?? (fromMeeting || sameAsMeeting ? meeting.date : null);
  const decision: DecisionDraft = {
    heading: {
      body: resolveBody(bodyText ?? '', table) ?? { abbreviation: null, name: null },
      date,
      unreadableDate: null,
    },
    line: line.line,
    paragraphs: [],
  };
  walk.draft.decisions.push(decision);
  walk.draft.context = 'decision';
  walk.sources.decisions.push({ from: line.line, to: line.line, fromMeeting: fromMeeting || sameAsMeeting });
  walk.paragraph = null;
  if (found.rest !== '') addText(walk, line, found.rest);
}

function addText(walk: Walk, line: ClassifiedLine, text: string): void {
  const { draft } = walk;
  if (draft.context === 'recommendation') {
    walk.recommendationRaw.push({ text, line: line.line, gap: walk.paragraph === null ? 1 : line.gap });
    walk.paragraph = [];
    walk.sources.recommendationLines.push(line.line);
    return;
  }
  if (draft.context === 'route') {
    draft.routeLines.push(source(line, text));
    walk.sources.routeLines.push(line.line);
    return;
  }
  if (draft.context === 'attachments') {
    draft.attachmentLines?.push(source(line, text.replace(/^-\s+/u, '')));
    return;
  }
  if (draft.context === 'decision') {
    const last = walk.sources.decisions.at(-1);
    if (last) last.to = line.line;
    const absence = parseAbsenceLine(text.replace(/^-\s+/u, ''));
    if (absence) {
      draft.decisions.at(-1)?.paragraphs.push([source(line, absence.canonical)]);
      walk.sources.absenceLines.push(line.line);
      walk.paragraph = null;
      return;
    }
  }
  if (walk.paragraph === null || line.gap > 0) {
    walk.paragraph = [];
    if (draft.context === 'decision') draft.decisions.at(-1)?.paragraphs.push(walk.paragraph);
    else {
      if (draft.context === 'preamble') {
        draft.sections.push({ heading: '', known: false, paragraphs: [] });
        draft.context = 'section';
      }
      draft.sections.at(-1)?.paragraphs.push(walk.paragraph);
    }
  }
  walk.paragraph.push(source(line, text));
}

function finishRecommendationLines(walk: Walk): void {
  if (walk.recommendationRaw.length === 0) return;
  // A marker alone on its line ("1.", "a)", "•") belongs to the next line.
  const merged: Walk['recommendationRaw'] = [];
  for (const raw of walk.recommendationRaw) {
    const last = merged.at(-1);
    if (last && /^(?:\d{1,2}[.)]|\(?[a-h][.)]|\(\d{1,2}\)|-)$/u.test(last.text))
      last.text = `${last.text} ${raw.text}`;
    else merged.push({ ...raw });
  }
  walk.recommendationRaw = merged;
  const texts = normaliseRecommendationLines(walk.recommendationRaw.map((r) => r.text));
  const first = walk.recommendationRaw[0];
  const inline =
    first && !texts.some((t) => /^(?:\d{1,3}[.)]|-)\s/u.test(t))
      ? inlineRecommendation(texts.join(' '))
      : null;
  if (first && inline) {
    // One sentence, no points: its clause is the point (issue 16: "indstiller, at …").
    const at = (text: string) => ({ text, line: first.line, literal: false });
    walk.draft.recommendation = [
      ...(walk.draft.recommendation ?? []),
      [at(inline.intro), at(`- ${inline.point}`)],
    ];
    walk.recommendationRaw = [];
    return;
  }
  const paragraphs: Paragraph[] = [];
  walk.recommendationRaw.forEach((raw, i) => {
    const text = texts[i] ?? raw.text;
    const last = paragraphs.at(-1);
    if (last === undefined || (raw.gap > 0 && !/^(?:\d{1,3}[.)]|-)\s/u.test(text)))
      paragraphs.push([{ text, line: raw.line, literal: false }]);
    else last.push({ text, line: raw.line, literal: false });
  });
  walk.draft.recommendation = [...(walk.draft.recommendation ?? []), ...paragraphs];
  walk.recommendationRaw = [];
}

/**
 * "Body date" lines that name the meeting itself, or — after a run of empty lines, as a footer
 * stands — a decision headed elsewhere on the page: page headers and footers
 * ("Kommunalbestyrelsen 15-11-2022"), not decisions. Several items may quote the same committee
 * meeting, so a repeat alone proves nothing.
 */
interface FurnitureKeys {
  meeting: string | null;
  headed: Set<string>;
}

const keyOf = (body: string | null, date: string | null): string =>
  `${lowerDanish(body ?? '')}|${date ?? ''}`;

function furnitureKeys(lines: readonly ClassifiedLine[], meeting: MeetingContext): FurnitureKeys {
  const headed = new Set<string>();
  for (const line of lines)
    if (line.decision?.body && line.decision.date) headed.add(keyOf(line.decision.body, line.decision.date));
  return { meeting: meeting.body && meeting.date ? keyOf(meeting.body, meeting.date) : null, headed };
}

function isFurniture(line: ClassifiedLine, keys: FurnitureKeys): boolean {
  const d = line.bodyDate;
  if (d === null || d.rest !== '') return false;
  const key = keyOf(d.body, d.date);
  return key === keys.meeting || (line.gap >= 2 && keys.headed.has(key));
}

function walkItem(
  lines: readonly ClassifiedLine[],
  start: ItemStart,
  end: number,
  meeting: MeetingContext,
  table: BodyAbbreviationTable,
  keys: FurnitureKeys,
): Walk {
  const first = lines[start.index];
  const title = cleanTitle(start.title);
  const walk: Walk = {
    draft: newCaseDraft(title === '' ? null : title, first?.line ?? 1),
    sources: {
      itemNumber: start.itemNumber,
      titleLine: title === '' ? null : (first?.line ?? null),
      titleHow: start.how,
      caseNumberLine: null,
      caseNumberLabelled: false,
      routeLines: [],
      recommendationLines: [],
      decisions: [],
      absenceLines: [],
    },
    paragraph: null,
    recommendationRaw: [],
  };
  const { draft } = walk;
  if (/\b(?:lukket)\s+(?:sag|punkt)\)?$/iu.test(start.title)) draft.access = 'closed';
  else if (/\b(?:åben|åbent)\s+(?:sag|punkt)\)?$/iu.test(start.title)) draft.access = 'open';
  for (let i = start.index + start.span; i < end; i++) {
    const line = lines[i];
    if (!line || isFurniture(line, keys)) continue;
    if (
      line.caseNumber &&
      draft.caseNumber === null &&
      draft.context !== 'decision' &&
      draft.context !== 'recommendation'
    ) {
      draft.caseNumber = line.caseNumber.caseNumber;
      draft.access = line.caseNumber.access ?? draft.access;
      walk.sources.caseNumberLine = line.line;
      walk.sources.caseNumberLabelled = line.caseNumber.labelled;
      if (draft.caseNumber !== null) continue;
      if (line.caseNumber.access !== null) continue;
    }
    if (line.access && draft.access === null && draft.context !== 'decision') {
      draft.access = line.access;
      continue;
    }
    const decision =
      line.decision ??
      (draft.context === 'section' || draft.context === 'recommendation' || draft.context === 'decision'
        ? line.bodyDate
        : null);
    if (decision) {
      finishRecommendationLines(walk);
      startDecision(walk, line, decision, meeting, table);
      continue;
    }
    if (line.heading) {
      finishRecommendationLines(walk);
      walk.paragraph = null;
      const { role, heading, rest } = line.heading;
      if (role === 'route') {
        draft.hasRoute = true;
        draft.context = 'route';
      } else if (role === 'recommendation') {
        draft.recommendation ??= [];
        draft.context = 'recommendation';
      } else if (role === 'attachments') {
        draft.attachmentLines ??= [];
        draft.context = 'attachments';
      } else if (role === 'decision') {
        startDecision(walk, line, { body: null, date: null, rest: '' }, meeting, table);
      } else {
        draft.sections.push({ heading, known: true, paragraphs: [] });
        draft.context = 'section';
      }
      if (rest !== '') addText(walk, line, rest);
      continue;
    }
    addText(walk, line, line.text);
  }
  finishRecommendationLines(walk);
  if (draft.hasRoute) {
    const route = routeText(
      draft.routeLines.map((l) => l.text),
      table,
    );
    draft.routeLines =
      route === '' ? [] : [{ text: route, line: draft.routeLines[0]?.line ?? draft.line, literal: false }];
  }
  return walk;
}

function applyMeetingAbsences(walk: Walk, meeting: MeetingContext): void {
  const number = walk.sources.itemNumber;
  const lines = meeting.absences
    .filter((a) => a.items === null || number === null || (number >= a.items.from && number <= a.items.to))
    .map((a) => a.canonical);
  if (lines.length === 0) return;
  walk.draft.decisions.forEach((decision, i) => {
    if (!walk.sources.decisions[i]?.fromMeeting) return;
    const written = decision.paragraphs
      .flat()
      .map((l) => l.text)
      .join('\n');
    for (const text of lines) {
      const names = text.replace(/^\S+\s*/u, '').split(', ');
      if (names.every((name) => written.includes(name.replace(/\s*\(.*$/u, '')))) continue;
      decision.paragraphs.push([{ text, line: decision.line, literal: false }]);
    }
  });
}

export function collectPageDrafts(
  lines: readonly ClassifiedLine[],
  table: BodyAbbreviationTable,
): PageDrafts {
  let starts = findItemStarts(lines);
  if (starts.length === 0) {
    const single = fallbackStart(lines);
    starts = single ? [single] : [];
  }
  const headerEnd = starts[0]?.index ?? lines.length;
  const meeting = readMeetingContext(lines.slice(0, headerEnd), table);
  const keys = furnitureKeys(lines, meeting);
  const drafts = starts.map((start, k) => {
    const walk = walkItem(lines, start, starts[k + 1]?.index ?? lines.length, meeting, table, keys);
    applyMeetingAbsences(walk, meeting);
    return { draft: walk.draft, sources: walk.sources };
  });
  return { meeting, drafts };
}
