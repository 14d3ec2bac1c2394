import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, NORDDJURS_BODY_ABBREVIATIONS, parseRoute, resolveBody } from './body-abbreviations.ts';
import type { BodyRef } from './types.ts';

const table = NORDDJURS_BODY_ABBREVIATIONS;

describe('body abbreviations', () => {
  it('maps the seed route "MTU, ØK, KB" to names through the Norddjurs table', () => {
    expect(parseRoute('MTU, ØK, KB', table)).toEqual([
      { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
      { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
    ]);
  });

  it('finds the abbreviation of a full name, whatever its capitalisation', () => {
    expect(resolveBody('Miljø- og Teknikudvalget', table)).toEqual({
      abbreviation: 'MTU',
      name: 'Miljø- og Teknikudvalget',
    });
  });

  it('does not guess a name for an abbreviation the table lacks, nor the reverse', () => {
    expect(resolveBody('BUU', table)).toEqual({ abbreviation: 'BUU', name: null });
    expect(resolveBody('Byrådet', table)).toEqual({ abbreviation: null, name: 'Byrådet' });
    expect(parseRoute('MTU, ØK, KB')).toEqual([
      { abbreviation: 'MTU', name: null },
      { abbreviation: 'ØK', name: null },
      { abbreviation: 'KB', name: null },
    ]);
  });

  it('reads "Name (ABBR)", one body per line and arrows, but not the hyphen inside a name', () => {
    expect(parseRoute('Teknik- og Miljøudvalget (TMU)\nØkonomiudvalget → Byrådet')).toEqual([
      { abbreviation: 'TMU', name: 'Teknik- og Miljøudvalget' },
      { abbreviation: null, name: 'Økonomiudvalget' },
      { abbreviation: null, name: 'Byrådet' },
    ]);
  });

  it('writes the seed route back as "MTU, ØK, KB"', () => {
    expect(formatRoute(parseRoute('MTU, ØK, KB', table), table)).toBe('MTU, ØK, KB');
  });

  it('reads back any route it writes', () => {
    const bodies = fc.constantFrom<BodyRef>(
      { abbreviation: 'MTU', name: 'Miljø- og teknikudvalget' },
      { abbreviation: 'ØK', name: 'Økonomiudvalget' },
      { abbreviation: 'KB', name: 'Kommunalbestyrelsen' },
      { abbreviation: 'BUU', name: null },
      { abbreviation: null, name: 'Byrådet' },
      { abbreviation: 'TMU', name: 'Teknik- og Miljøudvalget' },
    );
    fc.assert(
      fc.property(fc.array(bodies, { maxLength: 6 }), (route) => {
        expect(parseRoute(formatRoute(route, table), table)).toEqual(route);
      }),
    );
  });
});
