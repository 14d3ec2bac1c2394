/**
 * The OParl 1.1 API at /oparl/v1.1 (issue 15): public, no login, read-only. Every route runs a
 * public use case from app/open-data (only published data ever reaches them) and presents the
 * result with oparl-presenters.ts. The routes stay out of the OpenAPI document: OParl is its own
 * standard, described by its JSON Schemas (ours are served under /oparl/v1.1/extension).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { notFound } from '../../app/app-error.ts';
import { getOpenBody } from '../../app/open-data/get-open-body.ts';
import { getOpenDataObject } from '../../app/open-data/get-open-data-object.ts';
import type { OpenList } from '../../app/open-data/inputs.ts';
import { listOpenBodies } from '../../app/open-data/list-open-bodies.ts';
import { listOpenData } from '../../app/open-data/list-open-data.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCase } from '../../app/use-case.ts';
import type { OpenMeeting, OpenPaper } from '../../domain/open-data/open-records.ts';
import { contextFor, type HttpDeps } from '../request-context.ts';
import { registeredApiRoutes } from '../use-case-route.ts';
import { EXTENSION_NAMES, type ExtensionName, extensionIndex, extensionSchema } from './extension-schemas.ts';
import {
  presentAccountFile,
  presentAgendaItem,
  presentAgreement,
  presentBody,
  presentConsultation,
  presentList,
  presentMeeting,
  presentMembership,
  presentObligation,
  presentOrganisation,
  presentPaper,
  presentPerson,
  presentPublishedAccount,
  presentSystem,
  presentTerm,
} from './oparl-presenters.ts';
import { LIST_SEGMENTS, OPARL_PREFIX, type OparlUrls, oparlUrls } from './oparl-urls.ts';

type Params = Record<string, string>;
type Query = Record<string, string | undefined>;

const FILTERS = {
  created_since: 'createdSince',
  created_until: 'createdUntil',
  modified_since: 'modifiedSince',
  modified_until: 'modifiedUntil',
  page: 'page',
  limit: 'limit',
} as const;

/** OParl's query names → the use case's input; the same names are kept in the list links. */
function listQuery(request: FastifyRequest): { input: Record<string, string>; kept: Record<string, string> } {
  const query = request.query as Query;
  const input: Record<string, string> = {};
  const kept: Record<string, string> = {};
  for (const [name, field] of Object.entries(FILTERS)) {
    const value = query[name];
    if (typeof value !== 'string') continue;
    input[field] = value;
    if (name !== 'page') kept[name] = value;
  }
  return { input, kept };
}

function listUrlOf(request: FastifyRequest, u: OparlUrls): string {
  return u.web(request.url.split('?')[0] ?? request.url);
}

function route<S extends z.ZodType, O>(
  app: FastifyInstance,
  deps: HttpDeps,
  url: string,
  useCase: UseCase<S, O>,
  input: (request: FastifyRequest) => unknown,
  present: (output: O, u: OparlUrls, request: FastifyRequest) => unknown,
): void {
  const full = `${OPARL_PREFIX}${url}`;
  registeredApiRoutes.push({ method: 'GET', url: full, useCase: useCase.name, access: useCase.access });
  app.get(full, { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = await contextFor(deps, request);
    const output = await runUseCase(useCase, ctx, input(request), { strict: true });
    return reply
      .header('access-control-allow-origin', '*')
      .type('application/json; charset=utf-8')
      .send(present(output, oparlUrls(deps.publicUrl), request));
  });
}

/** A route asks its use case for one kind only; another kind is a defect. */
function unexpected(): never {
  throw new Error('open data: the use case answered with another kind');
}

const code = (request: FastifyRequest) => (request.params as Params).body;
const id = (request: FastifyRequest) => (request.params as Params).id;

export function registerOparlApi(app: FastifyInstance, deps: HttpDeps): void {
  route(
    app,
    deps,
    '/system',
    listOpenBodies,
    () => ({ limit: 1 }),
    (out, u) => presentSystem(u, out.items[0]?.created ?? new Date(0).toISOString()),
  );

  route(
    app,
    deps,
    '/body',
    listOpenBodies,
    (r) => listQuery(r).input,
    (out, u, r) => presentList(listUrlOf(r, u), out, listQuery(r).kept, (b) => presentBody(u, b, [])),
  );

  route(
    app,
    deps,
    '/body/:body',
    getOpenBody,
    (r) => ({ municipality: code(r) }),
    (out, u) => presentBody(u, out, out.terms),
  );

  const lists: OpenList[] = [
    'organization',
    'person',
    'membership',
    'legislativeTerm',
    'meeting',
    'paper',
    'agreement',
    'publishedAccount',
    'obligation',
  ];
  for (const list of lists) {
    route(
      app,
      deps,
      `/body/:body/${LIST_SEGMENTS[list]}`,
      listOpenData,
      (r) => ({ municipality: code(r), list, ...listQuery(r).input }),
      (out, u, r) => {
        const c = out.municipality;
        const kept = listQuery(r).kept;
        const page = out.page as never;
        const listUrl = listUrlOf(r, u);
        switch (list) {
          case 'organization':
            return presentList(listUrl, page, kept, (o: never) => presentOrganisation(u, c, o));
          case 'person':
            return presentList(listUrl, page, kept, (p: never) => presentPerson(u, c, p));
          case 'membership':
            return presentList(listUrl, page, kept, (m: never) => presentMembership(u, c, m, false));
          case 'legislativeTerm':
            return presentList(listUrl, page, kept, (t: never) => presentTerm(u, c, t, false));
          case 'meeting':
            return presentList(listUrl, page, kept, (m: never) => presentMeeting(u, c, m));
          case 'paper':
            return presentList(listUrl, page, kept, (p: never) => presentPaper(u, c, p));
          case 'agreement':
            return presentList(listUrl, page, kept, (a: never) => presentAgreement(u, c, a));
          case 'publishedAccount':
            return presentList(listUrl, page, kept, (m: never) => presentPublishedAccount(u, c, m));
          case 'obligation':
            return presentList(listUrl, page, kept, (o: never) => presentObligation(u, c, o));
        }
      },
    );
  }

  const object =
    (
      kind:
        | 'organization'
        | 'person'
        | 'membership'
        | 'legislativeTerm'
        | 'meeting'
        | 'paper'
        | 'agreement'
        | 'obligation',
    ) =>
    (r: FastifyRequest) => ({ municipality: code(r), kind, id: id(r) });
  route(app, deps, '/body/:body/organization/:id', getOpenDataObject, object('organization'), (out, u) =>
    out.kind === 'organization' ? presentOrganisation(u, out.municipality, out.record) : unexpected(),
  );
  route(app, deps, '/body/:body/person/:id', getOpenDataObject, object('person'), (out, u) =>
    out.kind === 'person' ? presentPerson(u, out.municipality, out.record) : unexpected(),
  );
  route(app, deps, '/body/:body/membership/:id', getOpenDataObject, object('membership'), (out, u) =>
    out.kind === 'membership' ? presentMembership(u, out.municipality, out.record, false) : unexpected(),
  );
  route(
    app,
    deps,
    '/body/:body/legislative-term/:id',
    getOpenDataObject,
    object('legislativeTerm'),
    (out, u) =>
      out.kind === 'legislativeTerm' ? presentTerm(u, out.municipality, out.record, false) : unexpected(),
  );
  route(app, deps, '/body/:body/meeting/:id', getOpenDataObject, object('meeting'), (out, u) =>
    out.kind === 'meeting' ? presentMeeting(u, out.municipality, out.record) : unexpected(),
  );
  route(app, deps, '/body/:body/meeting/:id/file/account', getOpenDataObject, object('meeting'), (out, u) =>
    out.kind === 'meeting' ? presentAccountFile(u, out.municipality, out.record, false) : unexpected(),
  );
  route(
    app,
    deps,
    '/body/:body/meeting/:id/agenda-item/:item',
    getOpenDataObject,
    object('meeting'),
    (out, u, r) => {
      const meeting = out.record as OpenMeeting;
      const item = meeting.agendaItems.find((i) => i.id === (r.params as Params).item);
      if (!item) throw notFound('Dagsordenspunktet');
      return presentAgendaItem(u, out.municipality, meeting, item, false);
    },
  );
  route(app, deps, '/body/:body/paper/:id', getOpenDataObject, object('paper'), (out, u) =>
    out.kind === 'paper' ? presentPaper(u, out.municipality, out.record) : unexpected(),
  );
  route(
    app,
    deps,
    '/body/:body/paper/:id/consultation/:item',
    getOpenDataObject,
    object('paper'),
    (out, u, r) => {
      const paper = out.record as OpenPaper;
      const consultation = paper.consultations.find((c) => c.id === (r.params as Params).item);
      if (!consultation) throw notFound('Behandlingen');
      return presentConsultation(u, out.municipality, paper, consultation, false);
    },
  );
  route(app, deps, '/body/:body/agreement/:id', getOpenDataObject, object('agreement'), (out, u) =>
    out.kind === 'agreement' ? presentAgreement(u, out.municipality, out.record) : unexpected(),
  );
  route(app, deps, '/body/:body/obligation/:id', getOpenDataObject, object('obligation'), (out, u) =>
    out.kind === 'obligation' ? presentObligation(u, out.municipality, out.record) : unexpected(),
  );
  route(app, deps, '/body/:body/published-account/:id', getOpenDataObject, object('meeting'), (out, u) =>
    out.kind === 'meeting' ? presentPublishedAccount(u, out.municipality, out.record) : unexpected(),
  );

  // The extension's description and schemas: static documents, public like the rest of /oparl.
  app.get(`${OPARL_PREFIX}/extension`, { schema: { hide: true } }, async (_request, reply) =>
    reply.header('access-control-allow-origin', '*').send(extensionIndex(oparlUrls(deps.publicUrl))),
  );
  app.get(`${OPARL_PREFIX}/extension/schema/:name`, { schema: { hide: true } }, async (request, reply) => {
    const name = (request.params as Params).name?.replace(/\.json$/, '');
    if (!EXTENSION_NAMES.includes(name as ExtensionName)) throw notFound('Skemaet');
    return reply
      .header('access-control-allow-origin', '*')
      .type('application/schema+json')
      .send(extensionSchema(oparlUrls(deps.publicUrl), name as ExtensionName));
  });
}
