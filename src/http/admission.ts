/**
 * Admission control (issue 18): at most `concurrency` requests are worked on at once, up to
 * `queue` more wait in arrival order (no request overtakes another, so none starves), and a
 * request beyond that — or one that waited `maxWaitMs` — gets 503 with Retry-After at once
 * instead of a client timeout. The embedded database runs one statement at a time; without this,
 * 100 clients pile up inside it until their own timeouts fire. /healthz is never held back.
 * The default wait (5 s) is half the usual client timeout (10 s, autocannon's and most proxies'
 * lowest): with a longer wait the client gives up first and sees a timeout, not the 503.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.ts';

export interface AdmissionOptions {
  concurrency: number;
  queue: number;
  maxWaitMs: number;
}

export const DEFAULT_ADMISSION: AdmissionOptions = { concurrency: 32, queue: 512, maxWaitMs: 5_000 };

export interface Admission {
  /** Resolves true when the caller may go on (it must call leave()), false when refused. */
  enter(): Promise<boolean>;
  leave(): void;
  readonly active: number;
  readonly waiting: number;
}

export function createAdmission(options: AdmissionOptions): Admission {
  let active = 0;
  const waiting: { admit: () => void }[] = [];
  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    enter() {
      if (active < options.concurrency) {
        active++;
        return Promise.resolve(true);
      }
      if (waiting.length >= options.queue) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const entry = {
          admit: () => {
            clearTimeout(timer);
            resolve(true);
          },
        };
        const timer = setTimeout(() => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          resolve(false);
        }, options.maxWaitMs);
        waiting.push(entry);
      });
    },
    leave() {
      const next = waiting.shift();
      // The slot passes straight to the longest waiting request.
      if (next) next.admit();
      else active--;
    },
  };
}

const admitted = new WeakSet<FastifyRequest>();

export function registerAdmission(app: FastifyInstance, options: AdmissionOptions): Admission {
  const admission = createAdmission(options);
  const release = (request: FastifyRequest) => {
    if (admitted.delete(request)) admission.leave();
  };
  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/healthz') return;
    if (await admission.enter()) {
      admitted.add(request);
      // The slot comes back when the response closes — finished, or its connection gone. A
      // client that hung up while waiting fired onRequestAbort before it held a slot, and its
      // response may never finish: without this, every such client kept a slot for good and
      // the server answered nothing but 503 once they added up to the concurrency.
      if (request.raw.socket?.destroyed) release(request);
      else reply.raw.once('close', () => release(request));
      return;
    }
    reply.header('retry-after', '1');
    return sendProblem(reply, {
      type: 'https://styringsdialog.dk/problemer/overloaded',
      title: 'Serveren har travlt',
      status: 503,
      detail: 'Der er for mange samtidige forespørgsler. Prøv igen om et øjeblik.',
      code: 'overloaded',
      requestId: request.id,
    });
  });
  app.addHook('onResponse', async (request) => release(request));
  app.addHook('onRequestAbort', async (request) => release(request));
  return admission;
}
