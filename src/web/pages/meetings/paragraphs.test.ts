import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './paragraphs.tsx';

describe('paragraphs typed into a text area', () => {
  it('splits at blank lines and keeps single line breaks', () => {
    expect(paragraphsOf('Første afsnit.\nAnden linje.\n\nAndet afsnit.')).toEqual([
      ['Første afsnit.', 'Anden linje.'],
      ['Andet afsnit.'],
    ]);
  });

  it('treats Windows line ends and blank lines with spaces alike and drops empty paragraphs', () => {
    expect(paragraphsOf('A\r\n \r\nB\r\n\r\n\r\n')).toEqual([['A'], ['B']]);
    expect(paragraphsOf('   ')).toEqual([]);
  });
});
