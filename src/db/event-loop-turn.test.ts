import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type OpenDatabase } from './connect.ts';

/**
 * Many requests' statements queued on the embedded database must not run as one uninterrupted
 * chain: the event loop (sockets, timers) gets a turn between them (event-loop-turn.ts).
 */
describe('the embedded database gives the event loop a turn between statements', () => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await connectInMemory();
  });
  afterAll(() => open.close());

  it('lets a timer scheduled while 40 requests × 5 statements are queued run before they are all done', async () => {
    let done = 0;
    const request = async () => {
      for (let i = 0; i < 5; i++) await sql`SELECT ${i}::int AS n`.execute(open.db);
      done += 1;
    };
    const requests = Array.from({ length: 40 }, request);
    const doneWhenTheLoopTurned = await new Promise<number>((resolve) => setImmediate(() => resolve(done)));
    await Promise.all(requests);
    expect(done).toBe(40);
    expect(doneWhenTheLoopTurned).toBeLessThan(40);
  });
});
