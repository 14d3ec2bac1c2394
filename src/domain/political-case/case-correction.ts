/**
 * A user's corrections of an imported case before it is saved (issue 16, pt 4): the preview form
 * shows every correctable field as text (title, case number, route, recommendation points, and
 * per decision body, date, text and absences), and this module reads the posted text back into
 * the case. A field whose text is unchanged keeps exactly what the reader found, so an untouched
 * form saves what the preview showed. Decisions may be removed (`remove`) and added (entries after
 * the ones read; an all-blank added entry is an empty slot of the form and ignored). Bad text gives Danish field errors and no case: the caller
 * saves nothing. It does not decide what to remember for the next import (importer/agenda/
 * remembered/learn-corrections.ts does).
 */

import { formatDate, parseDate } from '../shared/date-input.ts';
import type { FieldError } from '../shared/field-error.ts';
import {
  formatAbsenceMarker,
  formatAbsentPerson,
  parseAbsenceMarker,
  parseAbsentPeople,
} from './absences.ts';
import {
  type BodyAbbreviationTable,
  formatBody,
  formatRoute,
  parseRoute,
  resolveBody,
} from './body-abbreviations.ts';
import { collapseWhitespace } from './case-text.ts';
import { parseDecisionOutcomes } from './parse-decision-outcomes.ts';
import type { Absence, Decision, PoliticalCase, RecommendationPoint } from './types.ts';

export interface DecisionCorrection {
  body: string;
  /** dd-mm-åååå or ISO; blank: no date. */
  date: string;
  text: string;
  /** One person a line: "Afbud: Navn (Parti)" or "Fraværende: Navn (Parti)". */
  absences: string;
  /** True: the decision is left out of the saved case (a read one removed, an added one dropped). */
  remove?: boolean;
}

export interface CaseCorrection {
  title: string;
  caseNumber: string;
  /** "ØK, KB" or one body a line. */
  route: string;
  /** One point a line, numbered in order; "1." / "1)" / "a)" in front is dropped. */
  recommendationPoints: string;
  /** The decisions read, in order, then any added ones. */
  decisions: DecisionCorrection[];
}

/** At most this many decisions on one case (a case passes few bodies). */
export const MAX_DECISIONS = 50;

export const MAX_TITLE_LENGTH = 300;
export const MAX_CASE_NUMBER_LENGTH = 40;

/** A journal number as agenda systems print them: "22/8287", "330-2019-3738", "ØU 167/2001", "19.03.00-P24-1-19". */
const CASE_NUMBER = /^[\p{L}\d][\p{L}\d ./-]*$/u;

function lines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((l) => collapseWhitespace(l))
    .filter((l) => l !== '');
}

/** Paragraphs as the importer keeps them: blank-line separated, whitespace collapsed inside. */
function paragraphsOf(text: string): string {
  return text
    .replace(/\r\n|\r/gu, '\n')
    .split(/\n\s*\n/u)
    .map((p) => collapseWhitespace(p))
    .filter((p) => p !== '')
    .join('\n\n');
}

function formatAbsences(absences: readonly Absence[]): string {
  return absences.map((a) => `${formatAbsenceMarker(a.kind)} ${formatAbsentPerson(a)}`).join('\n');
}

function formatPoints(points: readonly RecommendationPoint[]): string {
  return points.map((p) => p.text).join('\n');
}

/** The form's text for a case as the reader found it: what the preview prefills. */
export function correctionOf(c: PoliticalCase, table: BodyAbbreviationTable = {}): CaseCorrection {
  return {
    title: c.title ?? '',
    caseNumber: c.caseNumber ?? '',
    route: formatRoute(c.route, table),
    recommendationPoints: formatPoints(c.recommendation?.points ?? []),
    decisions: c.decisions.map((d) => ({
      body: formatBody(d.body, table),
      date: d.date === null ? '' : formatDate(d.date),
      text: d.text,
      absences: formatAbsences(d.absences),
    })),
  };
}

function same(a: string, b: string): boolean {
  return paragraphsOf(a) === paragraphsOf(b);
}

function readAbsences(text: string, field: string, errors: FieldError[]): Absence[] {
  const out: Absence[] = [];
  lines(text).forEach((line, i) => {
    const marker = parseAbsenceMarker(line);
    const people = marker ? parseAbsentPeople(marker.rest) : null;
    if (!marker || people === null) {
      errors.push({
        field,
        message: `Linje ${i + 1} i afbud og fravær (»${line}«) kan ikke læses. Skriv én person pr. linje som "Afbud: Navn (Parti)" eller "Fraværende: Navn (Parti)".`,
      });
      return;
    }
    for (const person of people) out.push({ ...person, kind: marker.kind });
  });
  return out;
}

function readPoints(text: string): RecommendationPoint[] {
  return lines(text).map((line, i) => ({
    number: i + 1,
    text: line.replace(/^(?:\d{1,3}|[a-zæøå])[.)]\s+/iu, ''),
  }));
}

function correctDecision(
  original: Decision,
  form: DecisionCorrection,
  before: DecisionCorrection,
  points: readonly number[],
  pointsChanged: boolean,
  table: BodyAbbreviationTable,
  prefix: string,
  errors: FieldError[],
): Decision {
  let { body, date, text, outcomes, absences } = original;
  if (!same(form.body, before.body)) {
    const b = resolveBody(form.body, table);
    body = b ?? { abbreviation: null, name: null };
  }
  if (!same(form.date, before.date)) {
    if (form.date.trim() === '') date = null;
    else {
      const parsed = parseDate(form.date, 'Beslutningens dato');
      if (parsed.ok) date = parsed.value;
      else errors.push({ field: `${prefix}.date`, message: parsed.message });
    }
  }
  if (!same(form.text, before.text)) {
    text = paragraphsOf(form.text);
    if (text === '')
      errors.push({ field: `${prefix}.text`, message: 'Skriv beslutningens tekst, fx "Godkendt."' });
  }
  if (!same(form.text, before.text) || pointsChanged) outcomes = parseDecisionOutcomes(text, points).outcomes;
  if (!same(form.absences, before.absences))
    absences = readAbsences(form.absences, `${prefix}.absences`, errors);
  return { body, date, text, outcomes, absences };
}

function blank(d: DecisionCorrection): boolean {
  return [d.body, d.date, d.text, d.absences].every((v) => v.trim() === '');
}

/** A decision the user added: body and text required, date optional, outcomes from the text. */
function newDecision(
  form: DecisionCorrection,
  points: readonly number[],
  table: BodyAbbreviationTable,
  prefix: string,
  errors: FieldError[],
): Decision {
  let body: Decision['body'] = { abbreviation: null, name: null };
  if (form.body.trim() === '')
    errors.push({
      field: `${prefix}.body`,
      message: 'Skriv organet, der traf den nye beslutning, fx Økonomiudvalget eller ØK.',
    });
  else body = resolveBody(form.body, table) ?? body;
  let date: Decision['date'] = null;
  if (form.date.trim() !== '') {
    const parsed = parseDate(form.date, 'Beslutningens dato');
    if (parsed.ok) date = parsed.value;
    else errors.push({ field: `${prefix}.date`, message: parsed.message });
  }
  const text = paragraphsOf(form.text);
  if (text === '')
    errors.push({ field: `${prefix}.text`, message: 'Skriv den nye beslutnings tekst, fx "Godkendt."' });
  const absences = readAbsences(form.absences, `${prefix}.absences`, errors);
  return { body, date, text, outcomes: parseDecisionOutcomes(text, points).outcomes, absences };
}

export type CorrectionResult =
  | {
      ok: true;
      value: PoliticalCase;
      /** Per saved decision: the index of the decision read that it corrects, or null when added. */
      decisionOrigins: (number | null)[];
    }
  | { ok: false; errors: FieldError[] };

/**
 * The case with the user's corrections, or the field errors (field paths relative to the case:
 * `title`, `decisions.0.date`, …). The form's first decisions are the ones read, by position (a
 * form with fewer is an error on the whole case: it was made for another reading); `remove`
 * leaves one out; entries after them are decisions the user added.
 */
export function applyCaseCorrection(
  c: PoliticalCase,
  form: CaseCorrection,
  table: BodyAbbreviationTable = {},
): CorrectionResult {
  const before = correctionOf(c, table);
  const errors: FieldError[] = [];
  let { title, caseNumber, route, recommendation } = c;
  if (!same(form.title, before.title)) {
    title = collapseWhitespace(form.title);
    if (title === '') errors.push({ field: 'title', message: 'Skriv sagens titel.' });
    else if (title.length > MAX_TITLE_LENGTH)
      errors.push({ field: 'title', message: `Titlen er for lang (højst ${MAX_TITLE_LENGTH} tegn).` });
  }
  if (!same(form.caseNumber, before.caseNumber)) {
    const value = collapseWhitespace(form.caseNumber);
    caseNumber = value === '' ? null : value;
    if (value.length > MAX_CASE_NUMBER_LENGTH)
      errors.push({
        field: 'caseNumber',
        message: `Sagsnummeret er for langt (højst ${MAX_CASE_NUMBER_LENGTH} tegn).`,
      });
    else if (value !== '' && (!CASE_NUMBER.test(value) || !/\d/u.test(value)))
      errors.push({
        field: 'caseNumber',
        message: `Sagsnummeret »${value}« kan ikke læses. Skriv det som på dagsordenen, fx 22/8287, 330-2019-3738 eller 19.03.00-P24-1-19.`,
      });
  }
  if (!same(form.route, before.route)) route = parseRoute(lines(form.route).join(', '), table);
  const pointsChanged = !same(form.recommendationPoints, before.recommendationPoints);
  if (pointsChanged) {
    const points = readPoints(form.recommendationPoints);
    recommendation =
      recommendation !== null
        ? { ...recommendation, points }
        : points.length > 0
          ? { recommendedBy: null, intro: '', points }
          : null;
  }
  if (form.decisions.length < c.decisions.length) {
    errors.push({
      field: 'decisions',
      message: `Formularen har ${form.decisions.length} beslutninger, men sagen har ${c.decisions.length}. Marker en beslutning som fjernet i stedet for at udelade den, eller vis sagen igen.`,
    });
    return { ok: false, errors };
  }
  const points = recommendation?.points.map((p) => p.number) ?? [];
  const decisions: Decision[] = [];
  const decisionOrigins: (number | null)[] = [];
  form.decisions.forEach((entry, i) => {
    if (entry.remove) return;
    const read = c.decisions[i];
    const prefix = `decisions.${i}`;
    if (read) {
      decisions.push(
        correctDecision(
          read,
          entry,
          before.decisions[i] as DecisionCorrection,
          points,
          pointsChanged,
          table,
          prefix,
          errors,
        ),
      );
      decisionOrigins.push(i);
    } else if (!blank(entry)) {
      decisions.push(newDecision(entry, points, table, prefix, errors));
      decisionOrigins.push(null);
    }
  });
  if (decisions.length > MAX_DECISIONS)
    errors.push({ field: 'decisions', message: `En sag kan højst have ${MAX_DECISIONS} beslutninger.` });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { ...c, title, caseNumber, route, recommendation, decisions },
    decisionOrigins,
  };
}
