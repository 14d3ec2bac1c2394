/**
 * A checksum of the bench dataset's content per table, to show that two loads (another loader,
 * another database) stored the same thing. Ids that are random per load (organisations,
 * departments, people: `org-<uuid>` …) are replaced by what identifies them in the registry (CVR
 * number, LBF numbers, name), serial ids and the moment of writing are left out, and the rows are
 * sorted, so the same dataset gives the same checksum on PGlite and on PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/** Written at load time in every table that has them. */
const MOMENTS = ['created_at', 'updated_at', 'modified_at', 'recorded_at'];

/** The tables compared, each without the columns that differ between equal loads. */
const TABLES: readonly [table: string, leaveOut: readonly string[]][] = [
  ['housing_organisation', []],
  ['department', []],
  ['obligation_fact', ['id']],
  ['meeting', []],
  ['published_account_version', []],
  ['agreement', []],
  ['agreement_status_change', ['id']],
  ['key_figure', ['id']],
  // The fingerprint hashes the row with its random organisation ids.
  ['compliance_obligation', ['fingerprint']],
];

export interface TableChecksum {
  rows: number;
  sha256: string;
}

export async function contentChecksum(db: Kysely<Database>): Promise<Record<string, TableChecksum>> {
  const names = new Map<string, string>();
  const orgs = await sql<{ id: string; cvr: string }>`select id, cvr from housing_organisation`.execute(db);
  for (const o of orgs.rows) names.set(o.id, `org:${o.cvr}`);
  const deps = await sql<{
    id: string;
    organisation_id: string;
    lbf_number: string;
  }>`select id, organisation_id, lbf_number from department`.execute(db);
  for (const d of deps.rows) names.set(d.id, `dep:${names.get(d.organisation_id)}/${d.lbf_number}`);
  const persons = await sql<{ id: string; name: string; email: string | null }>`
    select id, name, email from person`.execute(db);
  for (const p of persons.rows) names.set(p.id, `person:${p.name}/${p.email ?? ''}`);
  const canonical = (text: string) =>
    text.replace(
      /\b(?:org|dep|person)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
      (id) => {
        return names.get(id) ?? 'unknown-id';
      },
    );

  const out: Record<string, TableChecksum> = {};
  for (const [table, leaveOut] of TABLES) {
    const minus = [...MOMENTS, ...leaveOut].map((c) => ` - '${c}'`).join('');
    const { rows } = await sql<{ row: string }>`
      select (to_jsonb(t)${sql.raw(minus)})::text as row from ${sql.table(table)} t`.execute(db);
    const lines = rows.map((r) => canonical(r.row)).sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    out[table] = { rows: lines.length, sha256: hash.digest('hex').slice(0, 16) };
  }
  return out;
}
