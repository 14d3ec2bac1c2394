/**
 * Login through the municipality's OpenID Connect provider (e.g. Microsoft Entra ID), as a
 * relying party with openid-client: authorization code flow with PKCE (S256), state and nonce.
 * The provider proves who the person is; what they may do is decided by the local account with
 * the same e-mail (app/auth/log-in-with-oidc.ts). The short-lived flow state travels in an
 * HttpOnly cookie scoped to the callback path, so any server instance can finish the flow.
 */
import * as client from 'openid-client';

export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: <PUBLIC_URL>/log-ind/oidc/callback. */
  redirectUrl: string;
  scopes: string;
  /** The claim holding the e-mail that maps to a local user (Entra ID: often `preferred_username`). */
  emailClaim: string;
  /** Only for local test providers on http://127.0.0.1. */
  allowInsecureHttp: boolean;
}

export interface OidcIdentity {
  email: string;
  issuer: string;
  subject: string;
}

export interface OidcLogin {
  /** Starts a login: the provider URL to redirect to and the state cookie value to set. */
  start(): Promise<{ url: string; state: string }>;
  /** Finishes a login from the callback's query string and the state cookie. */
  finish(callbackQuery: string, state: string): Promise<OidcIdentity>;
}

export const OIDC_STATE_COOKIE = 'sd_oidc';
export const OIDC_CALLBACK_PATH = '/log-ind/oidc/callback';

interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
}

export class OidcLoginError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OidcLoginError';
  }
}

function encodeState(s: FlowState): string {
  return Buffer.from(JSON.stringify(s), 'utf8').toString('base64url');
}

function decodeState(text: string): FlowState {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<FlowState>;
    if (typeof v.state === 'string' && typeof v.nonce === 'string' && typeof v.verifier === 'string') {
      return { state: v.state, nonce: v.nonce, verifier: v.verifier };
    }
  } catch {
    // fall through
  }
  throw new OidcLoginError('missing or malformed OIDC state cookie');
}

export function createOidcLogin(settings: OidcSettings): OidcLogin {
  let configuration: Promise<client.Configuration> | null = null;
  const configure = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuerUrl),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowInsecureHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        // Try discovery again next time: the provider may just have been unreachable.
        configuration = null;
        throw new OidcLoginError('OIDC discovery failed', { cause: err });
      });
    return configuration;
  };

  return {
    async start() {
      const config = await configure();
      const flow: FlowState = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, state: encodeState(flow) };
    },

    async finish(callbackQuery, stateCookie) {
      const flow = decodeState(stateCookie);
      const config = await configure();
      // The callback URL is rebuilt from configuration, never from the Host header.
      const current = new URL(settings.redirectUrl);
      current.search = callbackQuery;
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
      } catch (err) {
        throw new OidcLoginError('OIDC code exchange failed', { cause: err });
      }
      const claims = tokens.claims();
      if (!claims) throw new OidcLoginError('no ID token');
      let email = claims[settings.emailClaim];
      if (typeof email !== 'string') {
        // Providers that follow the spec strictly put profile claims in the userinfo response.
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = info[settings.emailClaim];
      }
      if (typeof email !== 'string' || !email.includes('@')) {
        throw new OidcLoginError(`the provider sent no e-mail in claim "${settings.emailClaim}"`);
      }
      return { email: email.trim().toLowerCase(), issuer: claims.iss, subject: claims.sub };
    },
  };
}
