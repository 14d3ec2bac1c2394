import { describe, expect, it } from 'vitest';
import { parseCaseNumber, parseItemNumberLine } from './case-number-lines.ts';

describe('case numbers as agenda systems print them', () => {
  it.each([
    ['22/8287 Åben Sag', '22/8287', 'open'],
    ['Sagsid.: 22/2694', '22/2694', null],
    ['Sagsnr.: 330-2019-3738', '330-2019-3738', null],
    ['J.nr. ØU 167/2001', 'ØU 167/2001', null],
    ['19.03.00-P24-1-19', '19.03.00-P24-1-19', null],
    ['Sagsnummer: 03.00.00-P24-1-19', '03.00.00-P24-1-19', null],
    ['Sags nr.: 24/118 Lukket sag', '24/118', 'closed'],
  ])('%s → %s', (line, caseNumber, access) => {
    expect(parseCaseNumber(line)).toMatchObject({ caseNumber, access });
  });

  it.each(['Sag nr. 95', 'Punkt 95', 'Sagsnr.: se bilag', 'Der er 22/8287 sager', '2024'])(
    '%s is no case number',
    (line) => {
      expect(parseCaseNumber(line)).toBeNull();
    },
  );

  it.each([
    ['Sag nr. 95', 95, ''],
    ['Punkt 95: Styringsdialog', 95, 'Styringsdialog'],
    ['Pkt. 3 Regnskab', 3, 'Regnskab'],
    ['35. Styringsdialog 2024', 35, 'Styringsdialog 2024'],
  ])('%s is item %i', (line, number, title) => {
    expect(parseItemNumberLine(line)).toMatchObject({ number, title });
  });

  it('does not read a lower-case point as an item', () => {
    expect(parseItemNumberLine('1. at planen godkendes')).toBeNull();
  });
});
