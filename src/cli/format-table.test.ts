import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table.ts';

describe('formatTable', () => {
  it('pads every column to its widest cell', () => {
    expect(
      formatTable(
        ['Navn', 'Boliger'],
        [
          ['Boligselskabet Nord', '12'],
          ['Ø', '340'],
        ],
      ),
    ).toBe(
      [
        'Navn                 Boliger',
        '-------------------  -------',
        'Boligselskabet Nord  12',
        'Ø                    340',
      ].join('\n'),
    );
  });
});
