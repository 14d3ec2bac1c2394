import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('readConfig', () => {
  it('uses port 3000, ./data and the embedded database when nothing is set', () => {
    const c = readConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 3000, dataDir: '/srv/app/data', databaseUrl: null });
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('reports every problem at once', () => {
    let caught: unknown;
    try {
      readConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('LOG_LEVEL');
  });

  it('switches to a PostgreSQL server when DATABASE_URL is set', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@localhost/db' }).databaseUrl).toBe(
      'postgres://u@localhost/db',
    );
  });

  it('trusts no proxy unless TRUST_PROXY says which (issue 12 #1)', () => {
    const cases: [string | undefined, false | number | string[]][] = [
      [undefined, false],
      ['false', false],
      ['0', false],
      ['1', 1],
      ['2', 2],
      ['10.0.0.5', ['10.0.0.5']],
      ['10.0.0.5, 10.1.0.0/16,fd00::/8', ['10.0.0.5', '10.1.0.0/16', 'fd00::/8']],
    ];
    for (const [value, expected] of cases) {
      expect(readConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
    }
  });

  it.each(['true', 'yes', '10.0.0.300', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/9', ','])(
    'refuses TRUST_PROXY=%s with a Danish explanation',
    (value) => {
      expect(() => readConfig({ TRUST_PROXY: value })).toThrow(
        /TRUST_PROXY: skal være false, et antal proxyer/,
      );
    },
  );
});

describe('mail delivery configuration', () => {
  it('keeps the outbox as the delivery when SMTP_URL is not set', () => {
    expect(readConfig({}).smtp).toBeNull();
  });

  it('sends through SMTP_URL from MAIL_FROM', () => {
    const c = readConfig({
      SMTP_URL: 'smtp://u:p@mail.norddjurs.dk:587',
      MAIL_FROM: 'Norddjurs <sd@norddjurs.dk>',
    });
    expect(c.smtp).toEqual({ url: 'smtp://u:p@mail.norddjurs.dk:587', from: 'Norddjurs <sd@norddjurs.dk>' });
  });

  it('asks for MAIL_FROM with SMTP_URL and refuses a URL that is not smtp', () => {
    let caught: unknown;
    try {
      readConfig({ SMTP_URL: 'http://mail' });
    } catch (e) {
      caught = e;
    }
    const text = (caught as ConfigError).problems.join('\n');
    expect(text).toContain('SMTP_URL: skal være en smtp://');
    expect(text).toContain('MAIL_FROM: skal angives');
  });
});
