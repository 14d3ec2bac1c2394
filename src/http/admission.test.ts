import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createAdmission, registerAdmission } from './admission.ts';

describe('admission control', () => {
  it('admits up to the concurrency, queues in arrival order, refuses beyond the queue', async () => {
    const a = createAdmission({ concurrency: 2, queue: 2, maxWaitMs: 10_000 });
    expect(await a.enter()).toBe(true);
    expect(await a.enter()).toBe(true);
    const order: number[] = [];
    const third = a.enter().then((ok) => order.push(3) && ok);
    const fourth = a.enter().then((ok) => order.push(4) && ok);
    expect(await a.enter()).toBe(false); // the queue is full
    expect(a.waiting).toBe(2);
    a.leave();
    a.leave();
    expect(await third).toBe(true);
    expect(await fourth).toBe(true);
    expect(order).toEqual([3, 4]);
    expect(a.active).toBe(2);
    a.leave();
    a.leave();
    expect(a.active).toBe(0);
  });

  it('refuses a request that waited too long instead of letting it time out', async () => {
    const a = createAdmission({ concurrency: 1, queue: 5, maxWaitMs: 20 });
    expect(await a.enter()).toBe(true);
    expect(await a.enter()).toBe(false);
    expect(a.waiting).toBe(0);
    a.leave();
    expect(await a.enter()).toBe(true);
  });

  it('answers 503 with Retry-After beyond capacity, serves every admitted request, and never holds /healthz', async () => {
    const app = Fastify();
    registerAdmission(app, { concurrency: 2, queue: 3, maxWaitMs: 5_000 });
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    app.get('/slow', async () => {
      await gate;
      return { ok: true };
    });
    app.get('/healthz', async () => ({ ok: true }));
    await app.ready();
    const requests = Array.from({ length: 8 }, () => app.inject({ method: 'GET', url: '/slow' }));
    await new Promise((r) => setTimeout(r, 50));
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    open();
    const statuses = (await Promise.all(requests)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    const refused = (await Promise.all(requests)).filter((r) => r.statusCode === 503);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.headers['retry-after']).toBe('1');
    expect(refused[0]!.json()).toMatchObject({ status: 503, code: 'overloaded' });
    // Every slot came back.
    const after = await app.inject({ method: 'GET', url: '/slow' });
    expect(after.statusCode).toBe(200);
    await app.close();
  });

  it('gives back the slot of a request whose client left while it waited or while it was worked on', async () => {
    const app = Fastify();
    const admission = registerAdmission(app, { concurrency: 2, queue: 10, maxWaitMs: 5_000 });
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    app.get('/slow', async () => {
      await gate;
      return { ok: true };
    });
    app.get('/fast', async () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    // Six clients: two are worked on, four wait; then every one of them hangs up.
    const clients = Array.from({ length: 6 }, () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/slow', agent: false });
      req.on('error', () => {});
      return req;
    });
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    await until(() => admission.waiting === 4);
    expect(admission.waiting).toBe(4);
    for (const c of clients) c.destroy();
    await new Promise((r) => setTimeout(r, 100));
    open();
    await until(() => admission.active === 0);
    expect(admission.active).toBe(0);
    const after = await fetch(`http://127.0.0.1:${port}/fast`);
    expect(after.status).toBe(200);
    await app.close();
  });
});
