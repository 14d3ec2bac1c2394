/**
 * The architecture's dependency rules (docs/architecture.md), checked by `npm run deps`:
 * domain ← app ← (http, web, cli); importer parses into domain types; db implements app ports;
 * platform/ is plumbing any layer but domain may use; only main/ wires everything together.
 */
const layer = (name) => `^src/${name}/`;
const forbidden = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbidden('domain-is-pure', layer('domain'), '^src/(app|db|http|web|cli|importer|config|main|platform)/',
      'domain/ holds pure rules: it imports nothing but itself and pure libraries'),
    {
      name: 'domain-has-no-io',
      comment: 'domain/ does no I/O: no file system, network, processes or databases',
      severity: 'error',
      from: { path: layer('domain') },
      to: { path: '^(fs|node:fs|fs/promises|node:fs/promises|net|node:net|http|node:http|child_process|node:child_process|pg|@electric-sql/pglite|kysely|fastify)$|node_modules/(pg|@electric-sql|kysely|fastify)/' },
    },
    forbidden('importer-parses-only', layer('importer'), '^src/(app|db|http|web|cli|config|main)/',
      'importer/ turns documents into domain drafts; it calls no use case and touches no database'),
    forbidden('app-uses-ports', layer('app'), '^src/(db|http|web|cli|config|main)/',
      'app/ reaches the outside world only through ports.ts'),
    forbidden('db-implements-ports', layer('db'), '^src/(http|web|cli|importer|main)/',
      'db/ implements app ports; it knows nothing of the edges'),
    forbidden('mail-implements-ports', layer('mail'), '^src/(db|http|web|cli|importer|main)/',
      'mail/ implements the mail transport port; it knows nothing of the edges or the database'),
    forbidden('http-calls-app', layer('http'), '^src/(db|web|cli|main)/',
      'http/ calls use cases; it never queries the database directly'),
    forbidden('web-calls-app', layer('web'), '^src/(db|cli|main)/',
      'web/ calls use cases like http/ does'),
    forbidden('cli-calls-app', layer('cli'), '^src/(db|http|web|main)/',
      'cli/ calls use cases like http/ does'),
    forbidden('platform-stands-alone', layer('platform'), '^src/(?!platform/)',
      'platform/ holds runtime plumbing (worker pools) that knows nothing of the product'),
    forbidden('config-stands-alone', layer('config'), '^src/(?!config/)', 'config/ only reads the environment'),
    forbidden('nothing-imports-main', '^src/(?!main/)', layer('main'), 'main/ is the composition root'),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
