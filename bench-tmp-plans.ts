import { sql } from 'kysely';
import { connect } from './src/db/connect.ts';
const [dir, mode] = [process.argv[2]!, process.argv[3] ?? 'before'];
const d = await connect(dir.startsWith('postgres') ? { databaseUrl: dir, dataDir: '' } : { databaseUrl: null, dataDir: dir });
const open = `('planned','invited','held','minutesDrafted','approved')`;
const S: Record<string,string> = {
  agreementStates: `select "id","organisation_id","steering_year","text","deadline","status" from "agreement" where "municipality"='101' order by "steering_year","agreed_on","id"`,
  compliance5y: `select year, obligation_id, valid_from, valid_to, position, obligation, assessment from compliance_obligation where municipality='101' and year in (2023,2024,2025,2026,2027) and valid_from <= '2026-12-02' and valid_to > '2026-12-02' order by year, position`,
  compliance1y: `select year, obligation_id, valid_from, valid_to, position, obligation, assessment from compliance_obligation where municipality='101' and year in (2026) and valid_from <= '2026-12-02' and valid_to > '2026-12-02' order by year, position`,
  departmentCounts: `select "o".*, count(d.id)::int as "department_count", coalesce(sum(d.homes), 0)::int as "home_count" from "housing_organisation" as "o" left join "department" as "d" on "d"."organisation_id" = "o"."id" where "o"."municipality" = '101' group by "o"."id" order by "o"."id"`,
  departmentCountsLateral: `select "o".*, "d"."department_count", "d"."home_count" from "housing_organisation" as "o" cross join lateral (select count(*)::int as department_count, coalesce(sum(homes), 0)::int as home_count from department where organisation_id = o.id) as "d" where "o"."municipality" = '101' order by "o"."id"`,
  openMeetings: `select "meeting", "version" from "meeting" where "municipality" = '101' and "status" in ${open} order by date nulls last, "id"`,
};
if (mode === 'drop') { for (const i of ['meeting_municipality_status','compliance_obligation_order','department_organisation_homes']) await sql.raw(`drop index if exists ${i}`).execute(d.db); }
if (process.argv[4]) await sql.raw(process.argv[4]).execute(d.db);
if (mode === 'after') {
  await sql.raw(`create index if not exists meeting_municipality_status on meeting (municipality, status)`).execute(d.db);
  await sql.raw(`create index if not exists compliance_obligation_order on compliance_obligation (municipality, year, position, valid_from, valid_to)`).execute(d.db);
  await sql.raw(`drop index if exists compliance_obligation_read`).execute(d.db);
  await sql.raw(`drop index if exists department_organisation_homes`).execute(d.db);
  for (const t of ['meeting','compliance_obligation','department']) await sql.raw(`analyze ${t}`).execute(d.db);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const nodes = (p: any): string => p['Node Type'] + (p['Index Name'] ? `(${p['Index Name']})` : '') + (p.Plans ? ' < ' + p.Plans.map(nodes).join(', ') : '');
for (const [name, q] of Object.entries(S)) {
  const ex: number[] = []; const wall: number[] = []; let plan = '';
  for (let i = 0; i < 11; i++) {
    const r = await sql.raw(`explain (analyze, format json) ${q}`).execute(d.db);
    const j = (r.rows[0] as any)['QUERY PLAN'];
    const p = (typeof j === 'string' ? JSON.parse(j) : j)[0];
    ex.push(p['Execution Time']); plan = nodes(p.Plan);
    const s = performance.now(); await sql.raw(q).execute(d.db); wall.push(performance.now() - s);
  }
  console.log(`${mode} ${name.padEnd(24)} exec ${median(ex).toFixed(2).padStart(7)} ms  statement ${median(wall).toFixed(2).padStart(7)} ms  ${plan}`);
}
await d.close();
