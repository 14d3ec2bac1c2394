/**
 * The rule of issue 11: pages render what a use case returns, including what the viewer may do
 * (`can`), and decide nothing themselves — so `src/web` holds no role check. This test scans
 * every web source file (tests excluded, comments stripped) for the shapes a role check takes:
 * deciding over the viewer's grants, comparing a role with a literal, asking a policy's role
 * list, or calling the web-side permission helpers the issue names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const webDir = path.join(root, 'src/web');

const ROLE_CHECKS: { name: string; pattern: RegExp }[] = [
  { name: 'decides over the grants', pattern: /\.grants\s*\.\s*(?:some|find|filter|every|findIndex)\s*\(/ },
  { name: 'picks a grant', pattern: /\.grants\s*\[/ },
  {
    name: 'compares a role with a literal',
    pattern: /\brole\s*[!=]==?\s*['"`]|['"`]\s*[!=]==?\s*[\w.]*\brole\b/,
  },
  { name: "asks a policy's roles", pattern: /\broles\s*\.\s*includes\s*\(/ },
  {
    name: 'uses a web-side permission helper',
    pattern: /\b(?:canEditRegistry|canWrite|canImport|seesOverview)\b/,
  },
];

/** Comments may name what they replaced; only code counts. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function roleChecks(source: string): string[] {
  const code = withoutComments(source);
  return code
    .split('\n')
    .flatMap((line, i) =>
      ROLE_CHECKS.filter((c) => c.pattern.test(line)).map((c) => `${i + 1}: ${c.name}: ${line.trim()}`),
    );
}

function webSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return webSources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const offenders = Object.fromEntries(
  webSources(webDir)
    .map(
      (file) =>
        [
          path.relative(root, file).split(path.sep).join('/'),
          roleChecks(fs.readFileSync(file, 'utf8')),
        ] as const,
    )
    .filter(([, found]) => found.length > 0),
);

describe('no role check in src/web', () => {
  it('finds none', () => {
    expect(offenders).toEqual({});
  });

  it.each([
    ["actor.grants.some((g) => g.role === 'admin')", true],
    ["ctx.actor.grants.some((g) => g.role !== 'organisation')", true],
    ['actor.grants[0]?.municipality', true],
    ["g.municipality === m && (g.role === 'admin' || g.role === 'caseOfficer')", true],
    ["'caseOfficer' === grant.role", true],
    ['!actor.grants.some((g) => access.roles.includes(g.role))', true],
    ['canEdit={canEditRegistry(ctx.actor)}', true],
    ['roleLabels[g.role]', false],
    ['props.grants.map((g) => grantText(g, props.organisations))', false],
    ['canEdit={p.can.edit}', false],
    ['// canEditRegistry ignored the municipality', false],
  ])('judges %s as a role check: %s', (line, expected) => {
    expect(roleChecks(line).length > 0).toBe(expected);
  });
});
