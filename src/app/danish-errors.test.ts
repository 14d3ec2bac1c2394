import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { typeMessage } from '../domain/shared/type-message.ts';
import { AppError } from './app-error.ts';
import { fieldName } from './danish-errors.ts';
import { createMeeting } from './meetings/create-meeting.ts';
import { editAgenda } from './meetings/edit-agenda.ts';
import { parseInput } from './validate-input.ts';

/** The field errors parseInput gives for `input`, as [field, message] pairs. */
function errorsOf(schema: z.ZodType, input: unknown): [string, string][] {
  try {
    parseInput(schema, input);
  } catch (e) {
    if (e instanceof AppError) return e.fieldErrors.map((f) => [f.field, f.message]);
    throw e;
  }
  return [];
}

describe('Danish validation messages from one place (issue 11 #3)', () => {
  const schema = z.object({
    title: z.string().trim().min(1).max(300),
    reason: z.string(),
    year: z.number().int().min(2010).max(2100),
    count: z.coerce.number().int(),
    items: z.array(z.string()).min(1).max(2),
    kind: z.enum(['meetingHeld', 'notApplicable']),
    flag: z.boolean(),
    email: z.email(),
    colour: z.string().max(5),
  });
  const valid = {
    title: 'Dialogmøde',
    reason: 'Fordi',
    year: 2027,
    count: '3',
    items: ['a'],
    kind: 'meetingHeld',
    flag: true,
    email: 'a@b.dk',
    colour: 'blå',
  };

  it.each([
    ['title', 'x'.repeat(301), 'Titlen må højst være 300 tegn (nu 301). Forkort teksten.'],
    ['title', '   ', 'Titlen skal udfyldes'],
    ['title', undefined, 'Titlen skal udfyldes'],
    ['title', 42, 'Titlen skal være tekst'],
    ['reason', null, 'Begrundelsen skal udfyldes'],
    ['year', 2027.5, 'Året skal være et helt tal'],
    ['year', 2200, 'Året må højst være 2100'],
    ['year', 2000, 'Året skal være mindst 2010'],
    ['year', '2027', 'Året skal være et tal'],
    ['count', 'tre', 'Skal være et tal'],
    ['count', '1.5', 'Skal være et helt tal'],
    ['items', [], 'Skal have mindst ét element'],
    ['items', ['a', 'b', 'c'], 'Må højst have 2 elementer (nu 3).'],
    ['kind', 'held', 'Typen skal være en af: meetingHeld, notApplicable'],
    ['flag', 'ja', 'Skal være ja eller nej (true/false)'],
    ['email', 'nope', 'E-mailadressen skal være en gyldig e-mailadresse, fx navn@kommune.dk'],
    ['colour', 'turkis', 'Må højst være 5 tegn (nu 6). Forkort teksten.'],
  ])('%s = %j → %s', (field, value, message) => {
    expect(errorsOf(schema, { ...valid, [field]: value })).toEqual([[field, message]]);
  });

  it('says "too long", not "missing", when a schema has its own message for a missing value', () => {
    const withOwn = z.object({ obligationId: z.string(typeMessage('Forpligtelsen mangler')).max(10) });
    expect(errorsOf(withOwn, {})).toEqual([['obligationId', 'Forpligtelsen mangler']]);
    expect(errorsOf(withOwn, { obligationId: 'x'.repeat(11) })).toEqual([
      ['obligationId', 'Forpligtelsen må højst være 10 tegn (nu 11). Forkort teksten.'],
    ]);
  });

  it("gives the use cases' own inputs the same Danish messages (API, forms and CLI share them)", () => {
    const long = 'x'.repeat(5000);
    expect(
      errorsOf(createMeeting.input, {
        municipality: '707',
        meeting: { obligationId: long.slice(0, 20), title: long, location: long },
      }),
    ).toEqual([
      ['meeting.location', 'Stedet må højst være 300 tegn (nu 5000). Forkort teksten.'],
      ['meeting.title', 'Titlen må højst være 300 tegn (nu 5000). Forkort teksten.'],
    ]);
    const agenda = errorsOf(editAgenda.input, {
      municipality: '707',
      id: 'm1',
      version: 1,
      edit: { action: 'add', title: long },
    });
    expect(agenda.map(([, m]) => m).join(' ')).not.toMatch(/Too big|expected|Invalid|mangler/);
  });

  it('never answers in English, for any value in any field (property)', () => {
    fc.assert(
      fc.property(
        fc.record({ field: fc.constantFrom(...Object.keys(valid)), value: fc.anything() }),
        ({ field, value }) => {
          for (const [, message] of errorsOf(schema, { ...valid, [field]: value })) {
            expect(message).not.toMatch(/Invalid|expected|received|Too (big|small)|must|should/);
            expect(message.length).toBeGreaterThan(5);
          }
        },
      ),
    );
  });

  it('names a field by the last key of its path, or not at all', () => {
    expect(fieldName(['meeting', 'title'])).toBe('Titlen');
    expect(fieldName(['items', 0, 'summary'])).toBe('Referatet');
    expect(fieldName(['mysteryField'])).toBeNull();
    expect(fieldName([])).toBeNull();
  });
});
