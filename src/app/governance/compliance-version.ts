/**
 * The version of what a municipality's Overblik and compliance resource show (issue 18): bumped
 * by database triggers on every change of facts, model versions, organisations, agreements and
 * the municipality itself. The edges turn it into an ETag so that an unchanged page or resource
 * answers 304 after one indexed select, without computing anything; on a 200 they hand the row
 * read here to the page's use case (UseCaseContext.known) so it is read once per request.
 */
import { z } from 'zod';
import { may } from '../actor.ts';
import { defineUseCase, type KnownReads } from '../use-case.ts';
import { governanceReaders } from './access.ts';

export const complianceVersion = defineUseCase({
  name: 'complianceVersion',
  summary: 'Versionen af kommunens opfyldelse (til ETag)',
  mutates: false,
  access: { public: true },
  input: z.object({ municipality: z.string().nullable() }),
  /**
   * `version` is null when the viewer may not read the municipality's compliance or nothing is
   * stored yet; `known` is the content row read (absent when none was read).
   */
  async run(ctx, input): Promise<{ version: string | null; known: KnownReads }> {
    const code = input.municipality;
    if (!code || !may(ctx.actor, governanceReaders, { municipality: code }))
      return { version: null, known: {} };
    const content = await ctx.uow.read((s) => s.compliance.content(code));
    const known: KnownReads = { complianceContent: { municipality: code, content } };
    if (!content || content.computedVersion !== content.complianceVersion) return { version: null, known };
    return { version: `${code}-${content.version}-${ctx.today}`, known };
  },
});
