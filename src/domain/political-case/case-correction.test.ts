import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS as TABLE } from './body-abbreviations.ts';
import { applyCaseCorrection, type CaseCorrection, correctionOf } from './case-correction.ts';
import { politicalCaseArbitrary, ROUND_TRIP_TABLE, SEED_LIKE_CASE } from './political-case.arbitrary.ts';

function edited(patch: Partial<CaseCorrection>, decision?: Partial<CaseCorrection['decisions'][number]>) {
  const form = { ...correctionOf(SEED_LIKE_CASE, TABLE), ...patch };
  if (decision) form.decisions = form.decisions.map((d, i) => (i === 0 ? { ...d, ...decision } : d));
  return applyCaseCorrection(SEED_LIKE_CASE, form, TABLE);
}

describe('applyCaseCorrection', () => {
  it('an untouched form gives back exactly the case the reader found (any case)', () => {
    fc.assert(
      fc.property(politicalCaseArbitrary, (c) => {
        const out = applyCaseCorrection(c, correctionOf(c, ROUND_TRIP_TABLE), ROUND_TRIP_TABLE);
        expect(out).toEqual({ ok: true, value: c });
      }),
    );
  });

  it.each([
    ['title', { title: '  Ny   titel ' }, (v: typeof SEED_LIKE_CASE) => v.title, 'Ny titel'],
    [
      'case number, KLE style',
      { caseNumber: '19.03.00-P24-1-19' },
      (v: typeof SEED_LIKE_CASE) => v.caseNumber,
      '19.03.00-P24-1-19',
    ],
    [
      'case number with a body',
      { caseNumber: 'ØU 167/2001' },
      (v: typeof SEED_LIKE_CASE) => v.caseNumber,
      'ØU 167/2001',
    ],
    ['case number cleared', { caseNumber: '' }, (v: typeof SEED_LIKE_CASE) => v.caseNumber, null],
    [
      'route by lines',
      { route: 'MTU\nKB' },
      (v: typeof SEED_LIKE_CASE) => v.route.map((b) => b.abbreviation),
      ['MTU', 'KB'],
    ],
    [
      'points renumbered, numbering dropped',
      { recommendationPoints: '1) at det godkendes\nb) at det offentliggøres' },
      (v: typeof SEED_LIKE_CASE) => v.recommendation?.points,
      [
        { number: 1, text: 'at det godkendes' },
        { number: 2, text: 'at det offentliggøres' },
      ],
    ],
  ])('corrects the %s', (_name, patch, pick, expected) => {
    const out = edited(patch);
    expect(out.ok).toBe(true);
    if (out.ok) expect(pick(out.value)).toEqual(expected);
  });

  it('corrects a decision: body, date as dd-mm-åååå, text with new outcomes, absences', () => {
    const out = edited(
      {},
      {
        body: 'Økonomiudvalget',
        date: '14-05-2024',
        text: 'Godkendt.',
        absences: 'Fraværende: Anna Berg (A)',
      },
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const d = out.value.decisions[0];
    expect(d?.body).toEqual({ abbreviation: 'ØK', name: 'Økonomiudvalget' });
    expect(d?.date).toBe('2024-05-14');
    expect(d?.text).toBe('Godkendt.');
    expect(d?.outcomes.length).toBeGreaterThan(0);
    expect(d?.absences).toEqual([{ name: 'Anna Berg', party: 'A', kind: 'absent' }]);
  });

  it.each([
    [{ title: ' ' }, undefined, 'title', 'Skriv sagens titel.'],
    [{ title: 'x'.repeat(301) }, undefined, 'title', 'Titlen er for lang (højst 300 tegn).'],
    [{ caseNumber: 'uden tal' }, undefined, 'caseNumber', 'Sagsnummeret »uden tal« kan ikke læses'],
    [{ caseNumber: '22/8287 <script>' }, undefined, 'caseNumber', 'kan ikke læses'],
    [{}, { date: '31-02-2024' }, 'decisions.0.date', 'Beslutningens dato »31-02-2024« findes ikke'],
    [{}, { text: '  ' }, 'decisions.0.text', 'Skriv beslutningens tekst'],
    [{}, { absences: 'Jens Hansen (V)' }, 'decisions.0.absences', 'Linje 1 i afbud og fravær'],
  ] as const)('refuses bad text with a Danish field error (%#)', (patch, decision, field, message) => {
    const out = edited(patch, decision);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => e.field)).toContain(field);
    expect(out.errors.find((e) => e.field === field)?.message).toContain(message);
  });

  it('refuses a form with another number of decisions', () => {
    const out = applyCaseCorrection(
      SEED_LIKE_CASE,
      { ...correctionOf(SEED_LIKE_CASE, TABLE), decisions: [] },
      TABLE,
    );
    expect(out.ok).toBe(false);
  });
});
