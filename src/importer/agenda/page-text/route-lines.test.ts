import { describe, expect, it } from 'vitest';
import { routeText } from './route-lines.ts';

const table = {
  TMU: 'Teknik- og Miljøudvalget',
  ØU: 'Økonomiudvalget',
  BY: 'Byrådet',
  UTM: 'Udvalget for Teknik og Miljø',
};

describe('routes', () => {
  it.each([
    [['MTU, ØK, KB'], 'MTU, ØK, KB'],
    [['TMU – ØU – BY', 'Beslutningssag'], 'TMU, ØU, BY'],
    [['ØU / BY'], 'ØU, BY'],
    [
      ['Sagen behandles i Teknik- og Miljøudvalget, Økonomiudvalget og Byrådet.'],
      'Teknik- og Miljøudvalget, Økonomiudvalget, Byrådet',
    ],
    [['Sagen behandles i Udvalget for Teknik og Miljø og Byrådet.'], 'Udvalget for Teknik og Miljø, Byrådet'],
    [['Økonomiudvalget 14-05-2024 (beslutning)', 'Byrådet'], 'Økonomiudvalget, Byrådet'],
  ])('%j → %s', (lines, route) => {
    expect(routeText(lines, table)).toBe(route);
  });
});
