import { describe, expect, it } from 'vitest';
import { readMeetingContext } from './meeting-header.ts';
import { toPageLines } from './page-lines.ts';

describe('meeting header', () => {
  it('reads body, date and absences from a page header', () => {
    const lines = toPageLines(
      [
        'Vi bruger cookies',
        'Forside > Politik',
        'Teknik- og Miljøudvalget',
        'Referat',
        'Mødedato: 14. maj 2024',
        'Mødetidspunkt: 16:00',
        'Fraværende: Ib Holm (A) (sag 3-5)',
        'Afbud:',
        'Åse Bak (C)',
      ].join('\n'),
    );
    const context = readMeetingContext(lines, {});
    expect(context.body).toBe('Teknik- og Miljøudvalget');
    expect(context.date).toBe('2024-05-14');
    expect(context.absences.map((a) => [a.canonical, a.items])).toEqual([
      ['Fraværende: Ib Holm (A)', { from: 3, to: 5 }],
      ['Afbud: Åse Bak (C)', null],
    ]);
  });

  it('finds the body inside a longer line and a body known only to the municipality', () => {
    expect(readMeetingContext(toPageLines('Referat fra mødet i Økonomiudvalget\n3.9.2025'), {}).body).toBe(
      'Økonomiudvalget',
    );
    expect(
      readMeetingContext(toPageLines('Udvalg: Social og Sundhed'), { SOS: 'Social og Sundhed' }).body,
    ).toBe('Social og Sundhed');
  });
});
