/**
 * Vitest global setup: when no TEST_DATABASE_URL is given but the Debian PostgreSQL binaries are
 * here, start a private cluster for the run so the db tier also runs against a real server.
 */
import { findPostgresBin, startCluster } from './postgres-cluster.ts';

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.TEST_DATABASE_URL || process.env.SKIP_POSTGRES === '1') return undefined;
  const bin = findPostgresBin();
  if (!bin) return undefined;
  const cluster = await startCluster(bin);
  process.env.TEST_DATABASE_URL = cluster.url;
  return () => cluster.stop();
}
