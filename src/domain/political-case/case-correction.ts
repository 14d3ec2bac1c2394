/**
 * A user's corrections of an imported case before it is saved (issue 16, pt 4): the preview form
 * shows every correctable field as text (title, case number, route, recommendation points, and
 * per decision body, date, text and absences), and this module reads the posted text back into
 * the case. A field whose text is unchanged keeps exactly what the reader found, so an untouched
 * form saves what the preview showed. Bad text gives Danish field errors and no case: the caller
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
}

export interface CaseCorrection {
  title: string;
  caseNumber: string;
  /** "ØK, KB" or one body a line. */
  route: string;
  /** One point a line, numbered in order; "1." / "1)" / "a)" in front is dropped. */
  recommendationPoints: string;
  decisions: DecisionCorrection[];
}

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

/**
 * The case with the user's corrections, or the field errors (field paths relative to the case:
 * `title`, `decisions.0.date`, …). Decisions are matched by position; a form with another number
 * of decisions than the case is an error on the whole case.
 */
export function applyCaseCorrection(
  c: PoliticalCase,
  form: CaseCorrection,
  table: BodyAbbreviationTable = {},
): { ok: true; value: PoliticalCase } | { ok: false; errors: FieldError[] } {
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
  if (form.decisions.length !== c.decisions.length) {
    errors.push({
      field: 'decisions',
      message: 'Formularen har et andet antal beslutninger end sagen. Vis sagen igen.',
    });
    return { ok: false, errors };
  }
  const points = recommendation?.points.map((p) => p.number) ?? [];
  const decisions = c.decisions.map((d, i) =>
    correctDecision(
      d,
      form.decisions[i] as DecisionCorrection,
      before.decisions[i] as DecisionCorrection,
      points,
      pointsChanged,
      table,
      `decisions.${i}`,
      errors,
    ),
  );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...c, title, caseNumber, route, recommendation, decisions } };
}
