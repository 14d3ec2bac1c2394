import { z } from 'zod';
import { parseObligationId } from '../../domain/obligations/obligation-id.ts';
import { dateField } from '../../domain/shared/date-schema.ts';
import { authorize } from '../actor.ts';
import { AppError, invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { factRecorders } from './access.ts';
import { loadObligations } from './load-obligations.ts';

const FACT_KINDS = ['meetingHeld', 'accountPublished', 'packageReceived', 'notApplicable'] as const;

/**
 * Records what happened for an obligation: a meeting held, an account published, a package
 * received, or that it does not apply (with a note saying why). The meeting workflow produces
 * the same facts; until then they are recorded here.
 */
export const recordFact = defineUseCase({
  name: 'recordFact',
  summary:
    'Registrér at en forpligtelse er opfyldt (møde afholdt, redegørelse offentliggjort, pakke modtaget)',
  mutates: true,
  access: factRecorders,
  input: z.object({
    municipality: municipalityCode,
    obligationId: z
      .string({ message: 'Forpligtelsens id mangler' })
      .min(1, { message: 'Forpligtelsens id mangler' }),
    kind: z.enum(FACT_KINDS, {
      message: 'Art skal være meetingHeld, accountPublished, packageReceived eller notApplicable',
    }),
    date: dateField('Datoen'),
    ref: z.string().trim().max(500).nullable().default(null),
    note: z.string().trim().max(2000).nullable().default(null),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, factRecorders, { municipality: input.municipality });
    if (input.kind === 'notApplicable' && !input.note) {
      throw invalidInput('Skriv hvorfor forpligtelsen ikke gælder.', [
        { field: 'note', message: 'En begrundelse er påkrævet, når forpligtelsen ikke gælder' },
      ]);
    }
    if (input.date > ctx.today) {
      throw invalidInput('Datoen ligger i fremtiden.', [
        { field: 'date', message: `Datoen ${input.date} er efter i dag` },
      ]);
    }
    const parts = parseObligationId(input.obligationId);
    if (!parts || parts.municipality !== input.municipality) {
      throw invalidInput('Forpligtelsen findes ikke.', [
        { field: 'obligationId', message: `Ukendt forpligtelse: ${input.obligationId}` },
      ]);
    }
    const fact = {
      obligationId: input.obligationId,
      kind: input.kind,
      date: input.date,
      ref: input.ref,
      note: input.note,
    };
    // Recording the same fact again is a no-op that answers with the first (issue 12 #12).
    const known = await ctx.uow.read(async (s) => {
      const existing = (await s.governance.listFactsFor(input.municipality, [input.obligationId])).find((f) =>
        sameFact(f, fact),
      );
      return existing
        ? { fact: existing, obligation: await obligationIn(s, input.municipality, input.obligationId, parts) }
        : null;
    });
    if (known) return { ...known, created: false };
    return ctx.uow.write(async (s) => {
      const obligation = await obligationIn(s, input.municipality, input.obligationId, parts);
      const stored = await s.governance.insertFact(input.municipality, {
        ...fact,
        obligationId: obligation.id,
      });
      if (!stored.created) {
        // Only when the same fact was recorded at the same moment by another request.
        throw new AppError(
          'conflict',
          'Allerede registreret',
          'Det samme faktum blev netop registreret af en anden.',
        );
      }
      await s.audit.append({
        municipality: input.municipality,
        action: 'recordFact',
        entity: 'obligation',
        entityId: obligation.id,
        before: null,
        after: { ...stored.fact },
      });
      return { fact: stored.fact, obligation, created: true };
    });
  },
});

type Fact = { obligationId: string; kind: string; date: string; ref: string | null; note: string | null };

function sameFact(a: Fact, b: Fact): boolean {
  return (
    a.obligationId === b.obligationId &&
    a.kind === b.kind &&
    a.date === b.date &&
    (a.ref ?? '') === (b.ref ?? '') &&
    (a.note ?? '') === (b.note ?? '')
  );
}

async function obligationIn(
  s: Store,
  municipality: string,
  obligationId: string,
  parts: { periodLabel: string },
) {
  const year = Number(parts.periodLabel.slice(0, 4));
  const { obligations } = await loadObligations(s, municipality, year);
  const obligation = obligations.find((o) => o.id === obligationId);
  if (!obligation) {
    throw new AppError(
      'notFound',
      'Ikke fundet',
      `Forpligtelsen ${obligationId} findes ikke for ${municipality}.`,
    );
  }
  return obligation;
}
