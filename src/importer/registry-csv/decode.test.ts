import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeCsvText } from './decode.ts';
import { detectSeparator, separatorHint } from './separator.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a BOM and removes the BOM', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('navn;Ærø')]))).toEqual({
      ok: true,
      text: 'navn;Ærø',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(utf8('Søndergården'))).toMatchObject({
      text: 'Søndergården',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeCsvBytes(iconv.encode('Søndergården; Åbyen; Ærø; €', 'win1252'))).toMatchObject({
      text: 'Søndergården; Åbyen; Ærø; €',
      encoding: 'windows-1252',
    });
  });

  it('refuses UTF-16 ("Unicode-tekst") with advice', () => {
    const result = decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x74, 0x00]));
    expect(result.ok ? '' : result.message).toContain('CSV UTF-8');
  });

  it('gets Danish text back whichever of the two encodings Excel used', () => {
    const danish = fc.string({ unit: fc.constantFrom(...'abcæøåÆØÅé;,"- 0123456789') });
    fc.assert(
      fc.property(danish, fc.boolean(), (text, windows) => {
        const bytes = windows ? iconv.encode(text, 'win1252') : utf8(text);
        const result = decodeCsvBytes(bytes);
        expect(result.ok && result.text).toBe(text);
      }),
    );
  });

  it('removes a BOM character from text', () => {
    expect(decodeCsvText('\uFEFFtype;navn')).toMatchObject({ text: 'type;navn', bom: true });
  });
});

describe('separator', () => {
  it.each([
    ['type;navn;cvr', ';'],
    ['type,navn,cvr', ','],
    ['"type;x",navn,cvr', ','],
    ['type', ';'],
    ['type;navn,cvr', ';'],
  ])('detects the separator of %j as %j', (header, separator) => {
    expect(detectSeparator(header)).toBe(separator);
  });

  it.each([
    ['sep=;', ';'],
    ['SEP=,', ','],
    ['type;navn', null],
  ])('reads the Excel hint line %j as %j', (line, separator) => {
    expect(separatorHint(line)).toBe(separator);
  });
});
