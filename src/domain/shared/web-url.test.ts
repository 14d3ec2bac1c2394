import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebUrl, webUrl } from './web-url.ts';

describe('webUrl (issue 12 #9)', () => {
  it.each([
    ['https://www.norddjurs.dk/borger/styringsdialog', true],
    ['http://intranet.kommune.local/redegoerelser', true],
    ['HTTPS://WWW.KOMMUNE.DK', true],
    ['javascript:alert(document.cookie)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
    ['ftp://ftp.kommune.dk/fil', false],
    ['mailto:a@b.dk', false],
    ['//evil.example/x', false],
    ['/relative/path', false],
    ['https://user:secret@kommune.dk', false],
    ['https://kommune.dk/a b', false],
    ['java\nscript:alert(1)', false],
    ['', false],
  ])('%s → %s', (value, ok) => {
    expect(isWebUrl(value)).toBe(ok);
    expect(webUrl('Link').safeParse(value).success).toBe(ok);
  });

  it('names the field and the rule in Danish', () => {
    const result = webUrl('Adressen til redegørelserne').safeParse('javascript:alert(1)');
    expect(result.error?.issues[0]?.message).toBe(
      'Adressen til redegørelserne »javascript:alert(1)« skal være en webadresse, der begynder med https:// eller http://, fx https://www.kommune.dk',
    );
  });

  it('accepts only what starts with http: or https: (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        if (isWebUrl(s)) expect(new URL(s).protocol).toMatch(/^https?:$/);
      }),
    );
    fc.assert(
      fc.property(fc.webUrl(), (u) => {
        const parsed = new URL(u);
        expect(isWebUrl(u)).toBe(!parsed.username && !parsed.password && !/\s/.test(u));
      }),
    );
  });
});
