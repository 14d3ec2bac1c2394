/**
 * The benchmark's pure parts: percentiles, ratios and the target table (bench/load/stats.ts),
 * and the SQL capture and replay the bare baseline is built on (bench/load/sql-capture.ts),
 * here on an in-memory PGlite. No timing is asserted.
 */
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayStatements, statementRecorder, writesIn } from '../../bench/load/sql-capture.ts';
import { checkTargets, figure, percentile, ratio, summarise, textTable } from '../../bench/load/stats.ts';
import { TARGETS } from '../../bench/load/targets.ts';
import { type OpenDatabase, wrapPglite } from '../../src/db/connect.ts';

describe('percentile (nearest rank)', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 100, 4],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95, 100],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90, 90],
    [[3, 1, 2], 0, 1],
  ])('%j at p%d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(summarise([]).p99).toBeNaN();
  });

  it('is one of the values, and p50 ≤ p95 ≤ p99', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const s = summarise(values);
        expect(values).toContain(s.p95);
        expect(s.p50).toBeLessThanOrEqual(s.p95);
        expect(s.p95).toBeLessThanOrEqual(s.p99);
        expect(s.p99).toBe(percentile(values, 99));
      }),
    );
  });
});

describe('ratio', () => {
  it('is product / baseline, null without a usable baseline', () => {
    expect(ratio(30, 60)).toBe(0.5);
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(5, null)).toBeNull();
    expect(ratio(Number.NaN, 5)).toBeNull();
  });
});

describe('targets', () => {
  const figures = [
    figure({ id: 'a', label: 'A', unit: 'ms', value: 20, baseline: 10, baselineLabel: 'bare' }),
    figure({ id: 'b', label: 'B', unit: 'req/s', value: 40, baseline: 100, baselineLabel: 'bare' }),
  ];

  it('reads the value or the ratio and says met, missed or not measured', () => {
    const results = checkTargets(
      [
        { figure: 'a', on: 'value', atMost: 25, text: 'a ≤ 25' },
        { figure: 'a', on: 'value', atMost: 19.9, text: 'a ≤ 19.9' },
        { figure: 'b', on: 'ratio', atLeast: 0.5, text: 'b ≥ 50 %' },
        { figure: 'b', on: 'ratio', atLeast: 0.4, text: 'b ≥ 40 %' },
        { figure: 'missing', on: 'value', atMost: 1, text: 'not run' },
      ],
      figures,
    );
    expect(results.map((r) => [r.measured, r.met])).toEqual([
      [20, true],
      [20, false],
      [0.4, false],
      [0.4, true],
      [null, null],
    ]);
  });

  it('every target of issue 18 has exactly one threshold', () => {
    for (const t of TARGETS) expect([t.atMost, t.atLeast].filter((x) => x !== undefined)).toHaveLength(1);
    expect(new Set(TARGETS.map((t) => t.text)).size).toBe(TARGETS.length);
  });

  it('prints a table with aligned columns', () => {
    const lines = textTable(
      ['figure', 'value'],
      [
        ['a', '1'],
        ['longer name', '1,234'],
      ],
    ).split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe('SQL capture and replay', () => {
  let pglite: PGlite;
  let database: OpenDatabase;
  beforeAll(async () => {
    pglite = await PGlite.create();
    database = wrapPglite(pglite, async () => {});
    await sql`CREATE TABLE t (id int primary key, name text)`.execute(database.db);
    await sql`INSERT INTO t VALUES (1, 'en'), (2, 'to'), (3, 'tre')`.execute(database.db);
  });
  afterAll(() => database.close());

  it('records only between start and stop, with parameters, in order', async () => {
    const recorder = statementRecorder();
    const db = database.db.withPlugin(recorder.plugin);
    await db
      .selectFrom('t' as never)
      .selectAll()
      .execute();
    recorder.start();
    await sql`SELECT name FROM t WHERE id = ${2}`.execute(db);
    await sql`SELECT count(*) AS n FROM t WHERE id > ${1}`.execute(db);
    const captured = recorder.stop();
    await sql`SELECT 1`.execute(db);
    expect(captured).toEqual([
      { sql: 'SELECT name FROM t WHERE id = $1', parameters: [2] },
      { sql: 'SELECT count(*) AS n FROM t WHERE id > $1', parameters: [1] },
    ]);
    expect(recorder.stop()).toEqual([]);
  });

  it('replays the captured statements through the driver itself and returns the same rows', async () => {
    const recorder = statementRecorder();
    const db = database.db.withPlugin(recorder.plugin);
    recorder.start();
    const direct = await sql<{ name: string }>`SELECT name FROM t WHERE id >= ${2} ORDER BY id`.execute(db);
    const captured = recorder.stop();
    const sent: string[] = [];
    // Through a JSON file, as the bench hands them to the bare server.
    const replayed = await replayStatements(
      JSON.parse(JSON.stringify(captured)),
      async (text, parameters) => {
        sent.push(text);
        return pglite.query(text, parameters);
      },
    );
    expect(sent).toEqual(captured.map((s) => s.sql));
    expect(replayed).toEqual([direct.rows]);
    expect(replayed[0]).toEqual([{ name: 'to' }, { name: 'tre' }]);
  });

  it('finds the writes a read baseline must leave out', () => {
    const statements = [
      { sql: 'select * from "session" where "id" = $1', parameters: ['x'] },
      { sql: 'update "api_token" set "last_used_at" = $1', parameters: ['y'] },
      { sql: '  INSERT INTO audit_log VALUES ($1)', parameters: ['z'] },
    ];
    expect(writesIn(statements).map((s) => s.parameters[0])).toEqual(['y', 'z']);
  });
});
