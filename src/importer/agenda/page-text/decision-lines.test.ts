import { describe, expect, it } from 'vitest';
import { parseDecisionLine } from './decision-lines.ts';

const table = { ØU: 'Økonomiudvalget', BY: 'Byrådet' };

describe('decision headings as agenda systems print them', () => {
  it.each([
    ['Beslutning', null, null, ''],
    ['BESLUTNING:', null, null, ''],
    ['BeslutningGodkendt.', null, null, 'Godkendt.'],
    ['Beslutning: Godkendt.', null, null, 'Godkendt.'],
    ['Beslutning i Økonomiudvalget den 08-11-2022', 'Økonomiudvalget', '2022-11-08', ''],
    ['Beslutning Teknik- og Miljøudvalget den 11-08-2021', 'Teknik- og Miljøudvalget', '2021-08-11', ''],
    [
      'Beslutning fra Teknik- og Miljøudvalget, 14. maj 2024, pkt. 35:',
      'Teknik- og Miljøudvalget',
      '2024-05-14',
      '',
    ],
    ['Økonomiudvalgets beslutning: Godkendt.', 'Økonomiudvalget', null, 'Godkendt.'],
    ['Byrådets beslutning den 28-05-2024', 'Byrådet', '2024-05-28', ''],
  ])('%s', (line, body, date, rest) => {
    expect(parseDecisionLine(line, table, false)).toEqual({ body, date, rest });
  });

  it('reads body-and-date lines only inside an item', () => {
    expect(parseDecisionLine('Kultur- og Idrætsudvalget 11-01-2021', table, false)).toBeNull();
    expect(parseDecisionLine('Kultur- og Idrætsudvalget 11-01-2021', table, true)).toEqual({
      body: 'Kultur- og Idrætsudvalget',
      date: '2021-01-11',
      rest: '',
      standalone: true,
    });
    expect(parseDecisionLine('Social og Sundhed, 6. januar 2020, pkt. 123:', table, true)).toMatchObject({
      body: 'Social og Sundhed',
      date: '2020-01-06',
    });
  });

  it.each([
    'Beslutningskompetence',
    'Beslutningen blev truffet i 2019.',
    'Der var enighed om beslutning',
    'Mødet den 14. maj 2024',
  ])('%s is no decision heading', (line) => {
    expect(parseDecisionLine(line, table, true)).toBeNull();
  });
});
