import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalPictureRow } from './national-picture.ts';

const due = (organisationId: string, dueBy = '2026-12-31') => ({ organisationId, dueBy });
const pub = (organisationId: string, publishedOn: string) => ({ organisationId, publishedOn });

describe('nationalPictureRow', () => {
  it.each([
    ['nothing published', [due('a'), due('b')], [], { held: 0, total: 2, onTime: 0 }],
    ['one of two on time', [due('a'), due('b')], [pub('a', '2026-11-01')], { held: 1, total: 2, onTime: 1 }],
    ['published after the deadline', [due('a')], [pub('a', '2027-01-05')], { held: 1, total: 1, onTime: 0 }],
    ['on the deadline counts', [due('a')], [pub('a', '2026-12-31')], { held: 1, total: 1, onTime: 1 }],
    [
      'an organisation without obligation is ignored',
      [due('a')],
      [pub('x', '2026-10-01')],
      { held: 0, total: 1, onTime: 0 },
    ],
    [
      'two accounts of one organisation count once, the first',
      [due('a')],
      [pub('a', '2027-02-01'), pub('a', '2026-10-01')],
      { held: 1, total: 1, onTime: 1 },
    ],
    [
      'the earliest deadline of an organisation counts',
      [due('a', '2026-12-31'), due('a', '2026-06-30')],
      [pub('a', '2026-09-01')],
      { held: 1, total: 1, onTime: 0 },
    ],
  ])('%s', (_name, obligations, accounts, expected) => {
    expect(nationalPictureRow(obligations, accounts)).toEqual(expected);
  });

  it('keeps onTime ≤ held ≤ total', () => {
    const org = fc.constantFrom('a', 'b', 'c', 'd');
    const date = fc.constantFrom('2026-06-30', '2026-10-01', '2026-12-31', '2027-01-15');
    fc.assert(
      fc.property(
        fc.array(fc.record({ organisationId: org, dueBy: date })),
        fc.array(fc.record({ organisationId: org, publishedOn: date })),
        (obligations, accounts) => {
          const r = nationalPictureRow(obligations, accounts);
          expect(r.onTime).toBeLessThanOrEqual(r.held);
          expect(r.held).toBeLessThanOrEqual(r.total);
        },
      ),
    );
  });
});
