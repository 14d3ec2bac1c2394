/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a random 127.0.0.1 port, with
 * its development login and consent screens, for end-to-end tests of "Log ind med kommunens
 * login". Any login name is accepted; the account's e-mail is `<login>@norddjurs.dk`.
 * `browse` drives it with plain HTTP like a browser: follows redirects, keeps the provider's
 * cookies and submits its login and consent forms, until the provider redirects back to us.
 */
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Follows the browser flow from the authorization URL; returns our callback URL. */
  browse(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const clientId = 'styringsdialog';
  const clientSecret = 'test-secret-only-for-the-test-provider';
  // Bind first to learn the port: the issuer URL must contain it.
  const probe = new Provider('http://127.0.0.1', {});
  const server = probe.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    cookies: { keys: ['test-cookie-key'] },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: `${id}@norddjurs.dk`, email_verified: true, name: `Test ${id}` };
        },
      };
    },
  });
  const listening = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => listening.once('listening', () => resolve()));

  async function browse(authorizationUrl: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    const request = async (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await fetch(url, { ...init, headers, redirect: 'manual' });
      for (const c of res.headers.getSetCookie()) {
        const [pair = ''] = c.split(';');
        const i = pair.indexOf('=');
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
      return res;
    };
    let res = await request(authorizationUrl);
    let current = authorizationUrl;
    for (let step = 0; step < 20; step++) {
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        const next = new URL(location, current);
        if (next.href.startsWith(redirectUri)) return next;
        current = next.href;
        res = await request(current);
        continue;
      }
      if (res.status !== 200)
        throw new Error(`provider answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form on provider page: ${html.slice(0, 300)}`);
      const fields = [...html.matchAll(/<input[^>]*>/g)].map((m) => [
        /name="([^"]*)"/.exec(m[0])?.[1] ?? '',
        /value="([^"]*)"/.exec(m[0])?.[1] ?? '',
      ]);
      const body = new URLSearchParams(
        fields.map(([k = '', v = '']) => [k, k === 'login' ? login : k === 'password' ? 'any' : v]),
      );
      current = new URL(action, current).href;
      res = await request(current, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    }
    throw new Error('the provider flow did not come back to the redirect URI');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    browse,
    close: () => new Promise<void>((resolve) => listening.close(() => resolve())),
  };
}
