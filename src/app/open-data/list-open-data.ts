import { z } from 'zod';
import { listWindow } from '../../domain/open-data/list-window.ts';
import type { OpenDataset } from '../../domain/open-data/open-records.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { listWindowInput, OPEN_LISTS, type OpenList, windowOf } from './inputs.ts';
import { loadOpenDataset, loadOpenMunicipality } from './load-open-dataset.ts';

/** The records of one list in a public dataset (publishedAccount: the published meetings). */
export function recordsOf(dataset: OpenDataset, list: OpenList) {
  switch (list) {
    case 'organization':
      return dataset.organisations;
    case 'person':
      return dataset.people;
    case 'membership':
      return dataset.memberships;
    case 'legislativeTerm':
      return dataset.terms;
    case 'meeting':
    case 'publishedAccount':
      return dataset.meetings;
    case 'paper':
      return dataset.papers;
    case 'agreement':
      return dataset.agreements;
    case 'obligation':
      return dataset.obligations;
  }
}

/**
 * One page of one of a municipality's public lists, filtered by created/modified time (OParl 1.1
 * "Objektlisten"). Only published data: the projection leaves out everything else.
 */
export const listOpenData = defineUseCase({
  name: 'listOpenData',
  summary: 'Åbne data: en liste over kommunens offentlige oplysninger',
  mutates: false,
  access: { public: true },
  input: z.object({ municipality: municipalityCode, list: z.enum(OPEN_LISTS), ...listWindowInput }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const owner = await loadOpenMunicipality(s, input.municipality);
      if (!owner) throw notFound('Kommunen');
      const dataset = await loadOpenDataset(s, owner, ctx.today, input.list === 'obligation');
      const records: readonly OpenDataset[keyof OpenDataset][number][] = recordsOf(dataset, input.list);
      return {
        municipality: owner.municipality.code,
        list: input.list,
        page: listWindow(records, windowOf(input), { page: input.page, perPage: input.limit }),
      };
    });
  },
});
