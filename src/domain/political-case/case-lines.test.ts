import { describe, expect, it } from 'vitest';
import { parseAbsenceMarker, parseAbsentPeople } from './absences.ts';
import { formatCaseNumberLine, parseCaseNumberLine } from './case-number-line.ts';
import { parseDanishDate } from './danish-date.ts';
import { parsePointLine, parseRecommendedBy } from './recommendation-lines.ts';

describe('the case-number line', () => {
  it.each([
    ['22/8287 Åben Sag', { caseNumber: '22/8287', access: 'open' }],
    ['Lukket sag', { caseNumber: null, access: 'closed' }],
    ['21/1234', { caseNumber: '21/1234', access: null }],
    ['Sagsnr.: 27.00.00-A00-1-21', { caseNumber: '27.00.00-A00-1-21', access: null }],
    ['23/512 - Lukket sag', { caseNumber: '23/512', access: 'closed' }],
  ])('reads %j', (line, expected) => {
    expect(parseCaseNumberLine(line)).toEqual(expected);
  });

  it.each(['Sagsgang', 'Den 13. december 2011 vedtog', '22/8287 blev behandlet', ''])(
    'ignores %j',
    (line) => {
      expect(parseCaseNumberLine(line)).toBeNull();
    },
  );

  it('writes the seed form', () => {
    expect(formatCaseNumberLine('22/8287', 'open')).toBe('22/8287 Åben Sag');
  });
});

describe('absences', () => {
  it('tells "Afbud:" (apology) from "Fraværende:" (absent)', () => {
    expect(parseAbsenceMarker('Afbud:')).toEqual({ kind: 'apology', rest: '' });
    expect(parseAbsenceMarker('Fraværende: Jens Hansen (A)')).toEqual({
      kind: 'absent',
      rest: 'Jens Hansen (A)',
    });
    expect(parseAbsenceMarker('Afbud fra Mette Østergaard (V).')).toEqual({
      kind: 'apology',
      rest: 'Mette Østergaard (V).',
    });
    expect(parseAbsenceMarker('Afbuddet blev meldt sent.')).toBeNull();
  });

  it('reads the seed absence with its party', () => {
    expect(parseAbsentPeople('Diana Therese Mikkelsen (Løsgænger)')).toEqual([
      { name: 'Diana Therese Mikkelsen', party: 'Løsgænger' },
    ]);
  });

  it('reads several people on one line and a name without party', () => {
    expect(parseAbsentPeople('Jens Hansen (A), Anne-Marie von Holstein og Ole Bo Ærø (V, Venstre).')).toEqual(
      [
        { name: 'Jens Hansen', party: 'A' },
        { name: 'Anne-Marie von Holstein', party: null },
        { name: 'Ole Bo Ærø', party: 'V, Venstre' },
      ],
    );
  });

  it('does not take a sentence for a name', () => {
    expect(parseAbsentPeople('Anbefales.')).toBeNull();
    expect(parseAbsentPeople('Godkendt med den bemærkning, at sagen udsættes')).toBeNull();
    expect(parseAbsentPeople('Ingen')).toEqual([]);
  });
});

describe('recommendation lines', () => {
  it('finds who recommends', () => {
    expect(parseRecommendedBy('Vej- og ejendomschefen indstiller, at modellen')).toBe(
      'Vej- og ejendomschefen',
    );
    expect(parseRecommendedBy('Direktionen indstiller til Økonomiudvalget, at')).toBe('Direktionen');
    expect(parseRecommendedBy('Det indstilles, at sagen tages til efterretning')).toBeNull();
  });

  it('reads numbered points and bullets', () => {
    expect(parsePointLine('1. den politiske deltagelse')).toEqual({
      number: 1,
      text: 'den politiske deltagelse',
    });
    expect(parsePointLine('2) at planen godkendes')).toEqual({ number: 2, text: 'at planen godkendes' });
    expect(parsePointLine('- at planen godkendes')).toEqual({ number: null, text: 'at planen godkendes' });
    expect(parsePointLine('1.250.000 kr. afsættes')).toBeNull();
  });
});

describe('Danish dates', () => {
  it.each([
    ['10-10-2022', { kind: 'valid', date: '2022-10-10' }],
    ['8. november 2022', { kind: 'valid', date: '2022-11-08' }],
    ['29-02-2023', { kind: 'invalid' }],
    ['32-01-2022', { kind: 'invalid' }],
    ['i morgen', { kind: 'none' }],
  ])('reads %j', (text, expected) => {
    expect(parseDanishDate(text)).toEqual(expected);
  });
});
