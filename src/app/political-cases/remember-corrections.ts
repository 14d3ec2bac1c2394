/**
 * Stores what a corrected import taught (importer/agenda/remembered/learn-corrections.ts) in the
 * municipality's import profile, inside the import's own transaction: a rule the municipality
 * already remembers is not stored twice; each new rule gets its audit entry.
 */
import { randomUUID } from 'node:crypto';
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import { rememberedCorrectionKey } from '../../importer/agenda/remembered/learn-corrections.ts';
import {
  describeRememberedCorrection,
  type RememberedCorrection,
} from '../../importer/agenda/remembered/remembered-correction.ts';
import type { Store } from '../ports.ts';

export interface Lesson {
  rule: RememberedCorrection;
  example: string;
}

/** What the user corrected that taught the rule, for the settings list. */
export function correctionExample(
  before: PoliticalCase,
  after: PoliticalCase,
  rule: RememberedCorrection,
): string {
  if (rule.kind === 'titleLabel') return `Titel rettet til "${after.title ?? ''}"`;
  if (rule.kind === 'caseNumberLabel')
    return `Sagsnummer rettet til ${after.caseNumber ?? ''} i "${after.title ?? ''}"`;
  if (rule.kind === 'headingSynonym')
    return rule.role === 'route'
      ? `Sagsgang tilføjet i "${after.title ?? ''}"`
      : `Indstillingens punkter tilføjet i "${after.title ?? ''}"`;
  return `Udvalg rettet til ${rule.abbreviation} i "${after.title ?? before.title ?? ''}"`;
}

export async function rememberCorrections(
  s: Store,
  municipality: string,
  lessons: readonly Lesson[],
  createdBy: string,
): Promise<number> {
  if (lessons.length === 0) return 0;
  const known = new Set(
    (await s.importCorrections.listCorrections(municipality)).map((c) => rememberedCorrectionKey(c.rule)),
  );
  let added = 0;
  for (const lesson of lessons) {
    const key = rememberedCorrectionKey(lesson.rule);
    if (known.has(key)) continue;
    known.add(key);
    const id = `ic-${randomUUID()}`;
    if (
      !(await s.importCorrections.addCorrection({
        id,
        municipality,
        rule: lesson.rule,
        example: lesson.example,
        createdBy,
      }))
    )
      continue;
    await s.audit.append({
      municipality,
      action: 'rememberImportCorrection',
      entity: 'importCorrection',
      entityId: id,
      before: null,
      after: {
        ...lesson.rule,
        description: describeRememberedCorrection(lesson.rule),
        example: lesson.example,
      },
    });
    added++;
  }
  return added;
}
