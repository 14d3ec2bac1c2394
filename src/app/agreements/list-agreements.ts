import { z } from 'zod';
import { isOverdue, OPEN_STATUSES, summaryFromCounts } from '../../domain/agreements/follow-up.ts';
import { OBJECTIVE_AREAS } from '../../domain/agreements/types.ts';
import { authorize, may, organisationScope } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { pagingInput } from '../paging-input.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { agreementReaders, agreementWriters } from './access.ts';
import type { AgreementKey, AgreementQuery } from './agreement-store.ts';
import { agreementFilters } from './inputs.ts';

/** The API's keyset cursor: the last agreement of the previous page (`year|date|id`). */
const afterKey = z
  .string()
  .regex(/^\d{4}\|\d{4}-\d{2}-\d{2}\|.{1,200}$/)
  .transform((s): AgreementKey => {
    const [year, agreedOn, ...id] = s.split('|');
    return { steeringYear: Number(year), agreedOn: agreedOn ?? '', id: id.join('|') };
  });

const keyOf = (a: AgreementKey): string => `${a.steeringYear}|${a.agreedOn}|${a.id}`;

/**
 * The agreements within the actor's reach, filtered by organisation, status, objective area,
 * steering year and overdue, newest steering year first (the store's order, AgreementKey), with
 * the overview counts and the progress reports awaiting a decision. An organisation user sees
 * only its own organisation. With `limit`, one page (issue 18): the filters, the page and the
 * counts are SQL, so a page reads only its own rows — `offset` for the web's numbered pages,
 * `after` for the API's keyset cursor (`nextAfter`). Without `limit` the whole list (exports).
 */
export const listAgreements = defineUseCase({
  name: 'listAgreements',
  summary: 'List aftaler med filtre (organisation, status, målområde, styringsår, over deadline)',
  mutates: false,
  access: agreementReaders,
  input: agreementFilters.extend({
    municipality: municipalityCode,
    ...pagingInput,
    after: afterKey.optional(),
  }),
  async run(ctx, input) {
    // Without an organisation filter the organisation scope below limits what is seen.
    if (input.organisation) {
      authorize(ctx.actor, agreementReaders, {
        municipality: input.municipality,
        organisationId: input.organisation,
      });
    }
    const scope = organisationScope(ctx.actor, input.municipality);
    if (Array.isArray(scope) && scope.length === 0) throw notFound('Kommunen');
    const query: AgreementQuery = {
      ...(scope === 'all' ? {} : { organisationIds: scope }),
      ...(input.organisation ? { organisationId: input.organisation } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.objectiveArea ? { objectiveArea: input.objectiveArea } : {}),
      ...(input.steeringYear ? { steeringYear: input.steeringYear } : {}),
      // isOverdue (domain/agreements/follow-up.ts) as a filter: open and past its deadline.
      ...(input.overdue ? { pastDeadline: { statuses: OPEN_STATUSES, today: ctx.today } } : {}),
    };
    const paged = input.limit !== undefined;
    return ctx.uow.read(async (s) => {
      const [municipality, registry, rows, counts, pendingProposals] = await Promise.all([
        s.registry.getMunicipality(input.municipality),
        s.registry.listOrganisations(input.municipality),
        s.agreements.pageAgreements(input.municipality, query, {
          // One row more than the page tells whether a next page follows.
          ...(paged ? { limit: (input.limit ?? 0) + 1 } : {}),
          ...(input.offset ? { offset: input.offset } : {}),
          ...(input.after ? { after: input.after } : {}),
        }),
        s.agreements.countAgreements(input.municipality, query, ctx.today),
        s.agreements.listProposals(input.municipality, {
          ...(scope === 'all' ? {} : { organisationIds: scope }),
          state: 'pending',
        }),
      ]);
      if (!municipality) throw notFound('Kommunen');
      const organisations = registry
        .map((o) => o.organisation)
        .filter((o) => scope === 'all' || scope.includes(o.id));
      const more = paged && rows.length > (input.limit ?? 0);
      const page = more ? rows.slice(0, input.limit) : rows;
      const summary = summaryFromCounts(counts);
      const last = page[page.length - 1];
      return {
        municipality,
        organisations,
        agreements: page.map((a) => ({ ...a, overdue: isOverdue(a, ctx.today) })),
        /** The page within the whole filtered list (`summary.total`); null without `limit`. */
        paging: paged ? { offset: input.offset ?? 0, limit: input.limit ?? 0, total: summary.total } : null,
        /** The API's cursor for the next page (the last agreement shown), null on the last page. */
        nextAfter: more && last ? keyOf(last) : null,
        /** Counts over the whole filtered list, not only the page. */
        summary,
        /** The same counts per national objective area, in the order of OBJECTIVE_AREAS. */
        byArea: OBJECTIVE_AREAS.map((area) => ({
          area,
          summary: summaryFromCounts(counts.filter((c) => c.objectiveArea === area)),
        })),
        pendingProposals,
        today: ctx.today,
        /** Create agreements, update statuses from a CSV file (case officers and admins). */
        can: { edit: may(ctx.actor, agreementWriters, { municipality: input.municipality }) },
      };
    });
  },
});
