import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORDDJURS_BODY_ABBREVIATIONS } from './body-abbreviations.ts';
import { formatDecisionHeading, parseDecisionHeading } from './decision-heading.ts';

const table = NORDDJURS_BODY_ABBREVIATIONS;

describe('decision headings', () => {
  it('maps "Beslutning i Økonomiudvalget den 08-11-2022" to ØK on 2022-11-08', () => {
    expect(parseDecisionHeading('Beslutning i Økonomiudvalget den 08-11-2022', table)).toEqual({
      body: { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      date: '2022-11-08',
      unreadableDate: null,
    });
  });

  it('reads another agenda system\'s heading without "i"', () => {
    expect(parseDecisionHeading('Beslutning Teknik- og Miljøudvalget den 11-08-2021')).toEqual({
      body: { abbreviation: null, name: 'Teknik- og Miljøudvalget' },
      date: '2021-08-11',
      unreadableDate: null,
    });
  });

  it.each([
    ['Beslutning i Byrådet d. 11.08.2021', '2021-08-11'],
    ['Beslutning i Byrådet den 8. november 2022', '2022-11-08'],
    ['Beslutning i Byrådet, 15/11/2022:', '2022-11-15'],
    ['Beslutning i Byrådet', null],
  ])('reads the date of %j', (heading, date) => {
    const parsed = parseDecisionHeading(heading);
    expect(parsed?.date).toBe(date);
    expect(parsed?.body).toEqual({ abbreviation: null, name: 'Byrådet' });
  });

  it('keeps an impossible date as unreadable instead of rolling it over', () => {
    expect(parseDecisionHeading('Beslutning i Økonomiudvalget den 31-02-2022', table)).toMatchObject({
      date: null,
      unreadableDate: '31-02-2022',
      body: { abbreviation: 'ØK' },
    });
  });

  it('names no body for a bare "Beslutning"', () => {
    expect(parseDecisionHeading('Beslutning:')?.body).toEqual({ abbreviation: null, name: null });
  });

  it('is not a decision heading unless it starts with the word "Beslutning"', () => {
    expect(parseDecisionHeading('Beslutningsprotokol')).toBeNull();
    expect(parseDecisionHeading('Indstilling')).toBeNull();
  });

  it('reads back any heading it writes', () => {
    const body = fc.constantFrom(
      { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      { abbreviation: 'BUU', name: null },
      { abbreviation: null, name: 'Byrådet' },
      { abbreviation: null, name: null },
      { abbreviation: 'TMU', name: 'Teknik- og Miljøudvalget' },
    );
    const date = fc.option(
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: null },
    );
    fc.assert(
      fc.property(body, date, (b, d) => {
        expect(parseDecisionHeading(formatDecisionHeading(b, d, table), table)).toEqual({
          body: b,
          date: d,
          unreadableDate: null,
        });
      }),
    );
  });
});
