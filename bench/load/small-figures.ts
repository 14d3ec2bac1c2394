/**
 * The figures that need no server: the obligation engine's national 2026–2029 plan beside
 * copying its objects (in this process), and `styringsdialog --help` (compiled) beside
 * `node -e 0` (child processes). Medians.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { copyPlan, nationalMunicipalities, nationalPlan } from '../national-plan.ts';
import { ROOT } from './processes.ts';

async function msPerOp(minMs: number, op: () => unknown): Promise<number> {
  for (let i = 0; i < 5; i++) op();
  const samples: number[] = [];
  const end = performance.now() + minMs;
  while (performance.now() < end) {
    const started = performance.now();
    op();
    samples.push(performance.now() - started);
  }
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
}

export async function engineFigures(minMs: number) {
  const municipalities = nationalMunicipalities();
  const plan = nationalPlan(municipalities);
  const copyMs = await msPerOp(minMs, () => copyPlan(plan));
  const planMs = await msPerOp(minMs, () => nationalPlan(municipalities));
  return { obligations: plan.length, planMs, copyMs, usPerObligation: (planMs * 1000) / plan.length };
}

function wallMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')}: ${r.stderr}`);
    times.push(performance.now() - started);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

export function helpFigures(runs: number) {
  return {
    helpMs: wallMs(['bin/styringsdialog.js', '--help'], runs),
    nodeMs: wallMs(['-e', '0'], runs),
  };
}
