/**
 * Which departments (and organisations) the briefing flags for the council's attention. The
 * thresholds are a municipal setting (types.ts DEFAULT_THRESHOLDS), not rules of law.
 */
import type { FlagThresholds } from './types.ts';

export interface KeyFigureFlag {
  code: 'effektivitetstal' | 'tomgang_pct';
  value: number;
  threshold: number;
  /** Danish, e.g. "Effektivitetstal 64 % er under 70 %". */
  message: string;
}

const pct = (n: number) => `${n.toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;

export function flagsFor(
  figures: { effektivitetstal?: number | null; tomgang_pct?: number | null },
  thresholds: FlagThresholds,
): KeyFigureFlag[] {
  const flags: KeyFigureFlag[] = [];
  const eff = figures.effektivitetstal;
  if (eff != null && eff < thresholds.efficiencyBelow) {
    flags.push({
      code: 'effektivitetstal',
      value: eff,
      threshold: thresholds.efficiencyBelow,
      message: `Effektivitetstal ${pct(eff)} er under ${pct(thresholds.efficiencyBelow)}`,
    });
  }
  const vac = figures.tomgang_pct;
  if (vac != null && vac > thresholds.vacancyAbove) {
    flags.push({
      code: 'tomgang_pct',
      value: vac,
      threshold: thresholds.vacancyAbove,
      message: `Tomgang ${pct(vac)} er over ${pct(thresholds.vacancyAbove)}`,
    });
  }
  return flags;
}
