/**
 * The layer rules in .dependency-cruiser.cjs must hold for src/ and must catch a violation:
 * a fixture tree with a domain file importing from db/ is reported.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs');
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    baseDir,
    validate: true,
  });
  const output = result.output as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('dependency rules', () => {
  it('reports a domain file that imports from db/', async () => {
    const found = await violations(fileURLToPath(new URL('../fixtures/dependency-rules/', import.meta.url)));
    expect(found).toContain('domain-is-pure: src/domain/leaky-rule.ts -> src/db/connection.ts');
  });

  it('finds no violation in the product code', async () => {
    expect(await violations(repoRoot)).toEqual([]);
  }, 60_000);
});
