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
        expect(out).toEqual({ ok: true, value: c, decisionOrigins: c.decisions.map((_d, i) => i) });
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

  it('refuses a form with fewer decisions than the case (made for another reading)', () => {
    const out = applyCaseCorrection(
      SEED_LIKE_CASE,
      { ...correctionOf(SEED_LIKE_CASE, TABLE), decisions: [] },
      TABLE,
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['decisions']);
  });

  const added = { body: 'KB', date: '28-05-2024', text: 'Godkendt.', absences: 'Afbud: Jens Hansen (V)' };
  const none = { body: '', date: '', text: '', absences: '' };

  it('adds a decision after the ones read (body, date, text, absences); a blank slot adds nothing', () => {
    const form = correctionOf(SEED_LIKE_CASE, TABLE);
    const out = applyCaseCorrection(
      SEED_LIKE_CASE,
      { ...form, decisions: [...form.decisions, added, none] },
      TABLE,
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.decisions).toHaveLength(SEED_LIKE_CASE.decisions.length + 1);
    expect(out.value.decisions.slice(0, -1)).toEqual(SEED_LIKE_CASE.decisions);
    const d = out.value.decisions.at(-1);
    expect(d?.body).toEqual({ abbreviation: 'KB', name: 'Kommunalbestyrelsen' });
    expect(d?.date).toBe('2024-05-28');
    expect(d?.text).toBe('Godkendt.');
    expect(d?.outcomes.length).toBeGreaterThan(0);
    expect(d?.absences).toEqual([{ name: 'Jens Hansen', party: 'V', kind: 'apology' }]);
    expect(out.decisionOrigins).toEqual([...SEED_LIKE_CASE.decisions.map((_d, i) => i), null]);
  });

  it('removes a decision read, keeping the others and where they came from', () => {
    const form = correctionOf(SEED_LIKE_CASE, TABLE);
    expect(form.decisions.length).toBeGreaterThan(0);
    const out = applyCaseCorrection(
      SEED_LIKE_CASE,
      { ...form, decisions: form.decisions.map((d, i) => (i === 0 ? { ...d, remove: true } : d)) },
      TABLE,
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.decisions).toEqual(SEED_LIKE_CASE.decisions.slice(1));
    expect(out.decisionOrigins).toEqual(SEED_LIKE_CASE.decisions.slice(1).map((_d, i) => i + 1));
  });

  it('drops an added decision marked as removed, even when it is incomplete', () => {
    const form = correctionOf(SEED_LIKE_CASE, TABLE);
    const out = applyCaseCorrection(
      SEED_LIKE_CASE,
      { ...form, decisions: [...form.decisions, { ...none, body: 'KB', remove: true }] },
      TABLE,
    );
    expect(out).toMatchObject({ ok: true, value: SEED_LIKE_CASE });
  });

  it.each([
    [{ body: '' }, 'body', 'Skriv organet'],
    [{ text: ' ' }, 'text', 'Skriv den nye beslutnings tekst'],
    [{ date: '31-02-2024' }, 'date', 'findes ikke'],
    [{ absences: 'Jens Hansen' }, 'absences', 'Linje 1 i afbud og fravær'],
  ])('refuses an added decision with bad text at its field (%#)', (patch, field, message) => {
    const form = correctionOf(SEED_LIKE_CASE, TABLE);
    const at = form.decisions.length;
    const out = applyCaseCorrection(
      SEED_LIKE_CASE,
      { ...form, decisions: [...form.decisions, { ...added, ...patch }] },
      TABLE,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.find((e) => e.field === `decisions.${at}.${field}`)?.message).toContain(message);
  });

  it('any removals and additions: the saved decisions are the kept ones in order, then the added ones', () => {
    fc.assert(
      fc.property(
        politicalCaseArbitrary,
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (c, removeFlags, extra) => {
          const form = correctionOf(c, ROUND_TRIP_TABLE);
          const decisions = [
            ...form.decisions.map((d, i) => ({ ...d, remove: removeFlags[i] ?? false })),
            ...Array.from({ length: extra }, (_x, k) => ({ ...added, body: 'KB', text: `Godkendt ${k}.` })),
          ];
          const out = applyCaseCorrection(c, { ...form, decisions }, ROUND_TRIP_TABLE);
          expect(out.ok).toBe(true);
          if (!out.ok) return;
          const kept = c.decisions.filter((_d, i) => !(removeFlags[i] ?? false));
          expect(out.value.decisions.slice(0, kept.length)).toEqual(kept);
          expect(out.value.decisions.slice(kept.length).map((d) => d.text)).toEqual(
            Array.from({ length: extra }, (_x, k) => `Godkendt ${k}.`),
          );
          expect(out.decisionOrigins.filter((o) => o === null)).toHaveLength(extra);
        },
      ),
    );
  });
});
