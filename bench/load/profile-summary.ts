/**
 * The top of a V8 CPU profile (`node --cpu-prof`): self time per function in per cent of the
 * busy (non-idle) samples, functions of the same name and file summed.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileLine {
  name: string;
  percent: number;
}

export function summariseProfile(profile: { nodes: ProfileNode[] }, top = 15): ProfileLine[] {
  const bySelf = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || hits === 0) continue;
    busy += hits;
    const file = url.includes('node_modules/')
      ? url.slice(url.lastIndexOf('node_modules/') + 'node_modules/'.length)
      : path.basename(url);
    const where = url ? `${file}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    bySelf.set(key, (bySelf.get(key) ?? 0) + hits);
  }
  return [...bySelf.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, hits]) => ({ name, percent: (100 * hits) / Math.max(1, busy) }));
}

export function summariseProfileFile(file: string, top = 15): ProfileLine[] {
  return summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')), top);
}
