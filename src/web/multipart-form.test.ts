import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart } from './multipart-form.ts';

describe('parseMultipart', () => {
  it('reads text fields as strings and a file as its exact bytes (Windows-1252 stays undecoded)', () => {
    const latin = Buffer.from([0x49, 0x64, 0x3b, 0xe6, 0xf8, 0xe5, 0x0d, 0x0a]); // "Id;æøå\r\n" in Windows-1252
    const body = Buffer.concat([
      Buffer.from('--xyz\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\ntoken\r\n'),
      Buffer.from(
        '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n',
      ),
      latin,
      Buffer.from('\r\n--xyz\r\nContent-Disposition: form-data; name="dryRun"\r\n\r\ntrue\r\n--xyz--\r\n'),
    ]);
    const parsed = parseMultipart(body, 'xyz');
    expect(parsed._csrf).toBe('token');
    expect(parsed.dryRun).toBe('true');
    expect(parsed.file).toEqual({ filename: 'a.csv', contentType: 'text/csv', bytes: new Uint8Array(latin) });
  });

  it('finds the boundary in quoted and plain content types, and none in others', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----abc')).toBe('----abc');
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeNull();
  });

  it('stops quietly at a truncated body', () => {
    expect(
      parseMultipart(Buffer.from('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end'), 'xyz'),
    ).toEqual({});
  });
});
