/** Withdrawing a published account (issue 13, point 7): which version, and when it is refused. */
import { describe, expect, it } from 'vitest';
import { type PublishedVersionSummary, withdrawal } from './publication.ts';

const v = (version: number): PublishedVersionSummary => ({
  version,
  publishedOn: `2027-1${version}-01`,
  correction: version === 1 ? null : { reason: 'Rettet', on: `2027-1${version}-01` },
});
const input = { reason: 'Fortrolige oplysninger', by: 'Kasper Mølgaard', today: '2027-12-15' };

describe('withdrawal', () => {
  it.each([
    ['one version', [v(1)], [], 1],
    ['the newest of two', [v(1), v(2)], [], 2],
    ['a corrected version after a withdrawn one', [v(1), v(2)], [{ version: 1 }], 2],
  ])('withdraws %s', (_what, versions, earlier, expected) => {
    const result = withdrawal(versions, earlier, input);
    expect(result).toEqual({
      ok: true,
      withdrawal: {
        version: expected,
        on: '2027-12-15',
        reason: 'Fortrolige oplysninger',
        by: 'Kasper Mølgaard',
      },
    });
  });

  it.each([
    ['nothing published', [], [], input.reason, 'invalidTransition', 'Redegørelsen er ikke offentliggjort'],
    [
      'already withdrawn',
      [v(1)],
      [{ version: 1 }],
      input.reason,
      'invalidTransition',
      'Redegørelsen er allerede trukket tilbage',
    ],
    [
      'no reason',
      [v(1)],
      [],
      '   ',
      'invalidInput',
      'Angiv en begrundelse for at trække redegørelsen tilbage',
    ],
  ])('refuses when %s', (_what, versions, earlier, reason, code, message) => {
    expect(withdrawal(versions, earlier, { ...input, reason })).toEqual({ ok: false, code, message });
  });
});
