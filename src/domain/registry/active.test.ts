import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActiveDuring, isActiveOn } from './active.ts';

describe('isActiveOn', () => {
  it.each([
    ['2019-12-31', { activeFrom: '2000-01-01', activeTo: '2019-12-31' }, true],
    ['2020-01-01', { activeFrom: '2000-01-01', activeTo: '2019-12-31' }, false],
    ['1999-12-31', { activeFrom: '2000-01-01', activeTo: null }, false],
    ['2040-01-01', { activeFrom: '2000-01-01', activeTo: null }, true],
  ])('on %s for %o is %s', (date, o, expected) => {
    expect(isActiveOn(o, date)).toBe(expected);
  });

  it('counts an organisation dissolved during a year as active during that year', () => {
    expect(
      isActiveDuring({ activeFrom: '1970-01-01', activeTo: '2019-06-30' }, '2019-01-01', '2019-12-31'),
    ).toBe(true);
    expect(
      isActiveDuring({ activeFrom: '1970-01-01', activeTo: '2019-06-30' }, '2020-01-01', '2020-12-31'),
    ).toBe(false);
  });

  it('active on a day implies active during any period containing that day', () => {
    const day = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), (d, from, to) => {
        const o = { activeFrom: from, activeTo: to };
        if (isActiveOn(o, d)) expect(isActiveDuring(o, d, d)).toBe(true);
      }),
    );
  });
});
