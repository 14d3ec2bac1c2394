import { z } from 'zod';
import { assessCompliance } from '../../domain/compliance/assess-compliance.ts';
import { summariseCompliance } from '../../domain/compliance/summarise-compliance.ts';
import { authorize } from '../actor.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { governanceReaders } from './access.ts';
import { yearInput } from './inputs.ts';
import { loadObligations } from './load-obligations.ts';

/**
 * The compliance of one year: each obligation's status against the recorded facts, and the
 * year's summary ("Styringsdialogmøde afholdt med X af Y boligorganisationer", …).
 */
export const assessYear = defineUseCase({
  name: 'assessYear',
  summary: 'Vis årets opfyldelse af forpligtelserne',
  mutates: false,
  access: governanceReaders,
  input: z.object({ municipality: municipalityCode, year: yearInput }),
  async run(ctx, input) {
    authorize(ctx.actor, governanceReaders, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const loaded = await loadObligations(s, input.municipality, input.year);
      const facts = await s.governance.listFacts(input.municipality);
      const assessments = assessCompliance({ obligations: loaded.obligations, facts, today: ctx.today });
      const summary = summariseCompliance(loaded.obligations, assessments, loaded.organisations).find(
        (x) => x.steeringYear === input.year,
      );
      return { ...loaded, year: input.year, assessments, summary: summary ?? null };
    });
  },
});
