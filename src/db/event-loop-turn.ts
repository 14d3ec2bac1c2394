/**
 * One turn of the event loop after every statement on the embedded database (issue 18, point 3).
 *
 * PGlite runs each statement synchronously on the server's own thread, and what follows it — the
 * next statement of the same request, or of another request waiting on Kysely's connection mutex —
 * continues as a microtask. Under many concurrent requests the whole queue of statements then
 * drained in one microtask chain lasting seconds, and Node polled no socket meanwhile: new
 * connections waited in the kernel's accept queue and sent requests went unread. In the bench's
 * 100-client mix ~50 connections got no answer for the whole 30 s, beside a bare server with the
 * same SQL that did the same (docs/benchmarks.md). Waiting for `setImmediate` after each statement
 * lets accepting, reading and answering interleave with the queued statements, so every request
 * reaches the admission queue (http/admission.ts) and is answered or refused with a 503 in turn.
 * A PostgreSQL server needs none of this: its driver waits on the network after every statement.
 */
import type { KyselyPlugin } from 'kysely';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export const eventLoopTurnAfterEachStatement: KyselyPlugin = {
  transformQuery: (args) => args.node,
  async transformResult(args) {
    await nextTurn();
    return args.result;
  },
};
