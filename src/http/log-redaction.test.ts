import { describe, expect, it } from 'vitest';
import { newApiToken, newSecret } from '../app/auth/secrets.ts';
import { redactSecrets } from './log-redaction.ts';

describe('redactSecrets', () => {
  const secret = newSecret();
  it.each([
    [`/kalender/${secret}.ics`, '/kalender/[skjult]'],
    [`/kalender/kort`, '/kalender/[skjult]'],
    [`/nulstil-adgangskode?token=${secret}`, '/nulstil-adgangskode?token=[skjult]'],
    ['/log-ind/oidc/callback?code=abc&state=def', '/log-ind/oidc/callback?code=[skjult]&state=[skjult]'],
    ['/x?_csrf=abc&kommune=707', '/x?_csrf=[skjult]&kommune=707'],
    [`Bearer ${newApiToken()} refused`, 'Bearer sd_[skjult] refused'],
    [`/api/v1/x/${secret}/y`, '/api/v1/x/[skjult]/y'],
  ])('%s → %s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('keeps what is not a secret: ordinary paths, long ids and hashes', () => {
    const hash = 'a'.repeat(64);
    for (const text of [
      '/moeder/meeting-707-org-djurslandsbo-2026-dialogueMeeting-1',
      `/api/v1/municipalities/707/people?kommune=707`,
      `hash ${hash}`,
    ]) {
      expect(redactSecrets(text)).toBe(text);
    }
  });
});
