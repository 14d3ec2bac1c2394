/**
 * Facts for the demo's past years, so that the overview shows a realistic history: most
 * statutory meetings held in the autumn and their accounts published, a few published late, one
 * meeting missed, packages mostly received. Deterministic: the same obligations give the same facts.
 */
import { createHash } from 'node:crypto';
import type { Fact } from '../../domain/compliance/types.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import { addDays, isoDate } from '../../domain/shared/iso-date.ts';

/** A well-spread number from an id (a weak hash makes neighbouring years behave alike). */
function hash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

export function demoFacts(obligations: readonly Obligation[], lastYear: number): Fact[] {
  const facts: Fact[] = [];
  for (const o of obligations) {
    const year = Number(o.periodLabel.slice(0, 4));
    if (year > lastYear) continue;
    const h = hash(o.id);
    if (o.kind === 'documentationPackage') {
      if (h % 9 !== 0)
        facts.push({
          obligationId: o.id,
          kind: 'packageReceived',
          date: addDays(o.dueBy, -(h % 40)),
          ref: 'Almenstyringsdialog.dk',
          note: null,
        });
      continue;
    }
    const lastYearOfPeriod = Number(o.periodEnd.slice(0, 4));
    if (lastYearOfPeriod > lastYear) continue;
    // One yearly meeting in eleven is missed, to show how that looks.
    if (o.periodKind !== 'electionPeriod' && h % 11 === 0) continue;
    // A meeting per election period is held in its third year.
    const meetingYear = o.periodKind === 'electionPeriod' ? year + 2 : year;
    const held = isoDate(meetingYear, 9 + (h % 3), 1 + (h % 27));
    facts.push({ obligationId: o.id, kind: 'meetingHeld', date: held, ref: null, note: 'Demodata' });
    if (o.publishAccount.required) {
      const late = h % 7 === 0;
      const published = late ? isoDate(year + 1, 2, 1 + (h % 20)) : addDays(held, 14 + (h % 20));
      facts.push({
        obligationId: o.id,
        kind: 'accountPublished',
        date: published,
        ref: null,
        note: 'Demodata',
      });
    }
  }
  return facts;
}
