import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

const entra = {
  OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
};

describe('OpenID Connect configuration', () => {
  it('is off when no OIDC variable is set', () => {
    expect(readConfig({}).oidc).toBeNull();
  });

  it('derives the redirect URL from PUBLIC_URL and defaults scopes and e-mail claim', () => {
    const c = readConfig({ ...entra, PUBLIC_URL: 'https://sd.norddjurs.dk/' });
    expect(c.oidc).toEqual({
      issuerUrl: entra.OIDC_ISSUER_URL,
      clientId: 'client',
      clientSecret: 'secret',
      redirectUrl: 'https://sd.norddjurs.dk/log-ind/oidc/callback',
      scopes: 'openid email profile',
      emailClaim: 'email',
      allowInsecureHttp: false,
    });
  });

  it('names the missing variables when only some are set, together with other problems', () => {
    const p = problems({ OIDC_ISSUER_URL: entra.OIDC_ISSUER_URL, PORT: 'x' });
    expect(p.join('\n')).toContain('OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: skal angives');
    expect(p.join('\n')).toContain('PORT');
  });

  it('refuses an http issuer unless explicitly allowed for local tests', () => {
    const local = { ...entra, OIDC_ISSUER_URL: 'http://127.0.0.1:4000' };
    expect(problems(local).join('\n')).toContain('OIDC_ISSUER_URL: skal bruge https');
    expect(readConfig({ ...local, OIDC_ALLOW_HTTP: 'true' }).oidc?.allowInsecureHttp).toBe(true);
  });

  it('requires the openid scope and a plain claim name', () => {
    const p = problems({ ...entra, OIDC_SCOPES: 'email profile', OIDC_EMAIL_CLAIM: 'e mail' }).join('\n');
    expect(p).toContain('OIDC_SCOPES: skal indeholde openid');
    expect(p).toContain('OIDC_EMAIL_CLAIM');
  });
});
