import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

describe('HTTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ bodyLimitBytes: 2048 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /healthz with a database round trip', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('answers malformed JSON with a 400 problem, never a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/municipalities',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'invalidInput' });
  });

  it('answers an oversized body with a 413 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/municipalities',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(5000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      status: 413,
      code: 'payloadTooLarge',
      title: 'For stor forespørgsel',
    });
  });

  it('answers an unknown API path with a 404 problem and an unknown page with a Danish HTML page', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/findes-ikke' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'notFound' });
    const page = await t.app.inject({ method: 'GET', url: '/findes-ikke', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('<html lang="da">');
    expect(page.body).toContain('Ikke fundet');
  });

  it('serves the OpenAPI 3.1 document and the browsable docs', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const body = doc.json();
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/api/v1/municipalities/{municipality}/organisations');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves Det Fælles Designsystem from this server, not a CDN', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.body).toContain('/static/dkfds/css/dkfds-virkdk.min.css');
    expect(page.body).not.toMatch(/https?:\/\/[^"]*(cdn|unpkg|jsdelivr)/);
    const css = await t.app.inject({ method: 'GET', url: '/static/dkfds/css/dkfds-virkdk.min.css' });
    expect(css.statusCode).toBe(200);
  });
});
