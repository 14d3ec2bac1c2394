/**
 * Our own JSON Schemas (draft-07) for the OParl 1.1 objects we serve, written from the
 * specification's object definitions (https://dev.oparl.org/spezifikation/, chapter "Schema"):
 * required fields, types and formats as the specification states them, and the `type` URIs
 * https://schema.oparl.org/1.1/<Name>.
 *
 * Stricter than the specification in one way, on purpose: besides OParl's own properties an
 * object may only carry our extension's `sd:`-prefixed properties (OParl 1.1 allows vendor
 * properties). A field we never meant to publish — an e-mail address, a phone number — makes
 * validation fail instead of slipping through.
 */
type Schema = Record<string, unknown>;

const OPARL = 'https://schema.oparl.org/1.1/';
const uri = { type: 'string', format: 'uri' } as const;
const uriList = { type: 'array', items: uri } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const date = { type: 'string', format: 'date' } as const;
const text = { type: 'string' } as const;

/** Properties every OParl object may carry (OParl 1.1, "Eigenschaften mit Verwendung in mehreren Objekttypen"). */
function common(name: string) {
  return {
    id: uri,
    type: { const: `${OPARL}${name}` },
    license: uri,
    keyword: { type: 'array', items: text },
    web: uri,
    created: dateTime,
    modified: dateTime,
    deleted: { type: 'boolean' },
  };
}

function object(name: string, required: string[], properties: Record<string, unknown>): Schema {
  return {
    $id: `${OPARL}${name}`,
    type: 'object',
    required: ['id', 'type', ...required],
    properties: { ...common(name), ...properties },
    patternProperties: { '^sd:': {} },
    additionalProperties: false,
  };
}

/** Properties of a sub-object that may be left out when it is embedded in its parent. */
function embedded(schema: Schema, backReferences: string[]): Schema {
  const { $id: _id, ...rest } = schema;
  return { ...rest, required: (schema.required as string[]).filter((r) => !backReferences.includes(r)) };
}

const legislativeTerm = object('LegislativeTerm', [], {
  body: uri,
  name: text,
  startDate: date,
  endDate: date,
});

const location = object('Location', [], {
  description: text,
  geojson: { type: 'object' },
  streetAddress: text,
  room: text,
  postalCode: text,
  subLocality: text,
  locality: text,
  bodies: uriList,
  organizations: uriList,
  persons: uriList,
  meetings: uriList,
  papers: uriList,
});

const file = object('File', ['accessUrl'], {
  name: text,
  fileName: text,
  mimeType: text,
  date,
  size: { type: 'integer', minimum: 0 },
  sha1Checksum: text,
  sha512Checksum: text,
  text,
  accessUrl: uri,
  downloadUrl: uri,
  externalServiceUrl: uri,
  masterFile: uri,
  derivativeFile: uriList,
  fileLicense: uri,
  meeting: uriList,
  agendaItem: uriList,
  paper: uriList,
});

const membership = object('Membership', [], {
  person: uri,
  organization: uri,
  role: text,
  votingRight: { type: 'boolean' },
  startDate: date,
  endDate: date,
  onBehalfOf: uri,
});

const agendaItem = object('AgendaItem', ['order'], {
  meeting: uri,
  number: text,
  order: { type: 'integer' },
  name: text,
  public: { type: 'boolean' },
  consultation: uri,
  result: text,
  resolutionText: text,
  resolutionFile: embedded(file, []),
  auxiliaryFile: { type: 'array', items: embedded(file, []) },
  start: dateTime,
  end: dateTime,
});

const consultation = object('Consultation', [], {
  paper: uri,
  agendaItem: uri,
  meeting: uri,
  organization: uriList,
  authoritative: { type: 'boolean' },
  role: text,
});

export const OPARL_SCHEMAS: Record<string, Schema> = {
  System: object('System', ['oparlVersion', 'body'], {
    oparlVersion: { const: OPARL },
    otherOparlVersions: uriList,
    body: uri,
    name: text,
    contactEmail: text,
    contactName: text,
    website: uri,
    vendor: uri,
    product: uri,
  }),
  Body: object('Body', ['name', 'organization', 'person', 'meeting', 'paper', 'legislativeTerm'], {
    system: uri,
    contactEmail: text,
    contactName: text,
    ags: text,
    rgs: text,
    equivalent: uriList,
    shortName: text,
    name: text,
    website: uri,
    licenseValidSince: dateTime,
    oparlSince: dateTime,
    organization: uri,
    person: uri,
    meeting: uri,
    paper: uri,
    legislativeTerm: { type: 'array', items: embedded(legislativeTerm, ['body']) },
    agendaItem: uri,
    consultation: uri,
    file: uri,
    locationList: uri,
    legislativeTermList: uri,
    membership: uri,
    classification: text,
    location: embedded(location, []),
  }),
  LegislativeTerm: legislativeTerm,
  Organization: object('Organization', [], {
    body: uri,
    name: text,
    membership: uriList,
    meeting: uri,
    consultation: uri,
    shortName: text,
    post: { type: 'array', items: text },
    subOrganizationOf: uri,
    organizationType: text,
    classification: text,
    startDate: date,
    endDate: date,
    website: uri,
    location: embedded(location, []),
    externalBody: uri,
  }),
  Person: object('Person', [], {
    body: uri,
    name: text,
    familyName: text,
    givenName: text,
    formOfAddress: text,
    affix: text,
    title: { type: 'array', items: text },
    gender: text,
    phone: { type: 'array', items: text },
    email: { type: 'array', items: text },
    location: uri,
    locationObject: embedded(location, []),
    status: { type: 'array', items: text },
    membership: { type: 'array', items: embedded(membership, ['person']) },
    life: text,
    lifeSource: text,
  }),
  Membership: membership,
  Meeting: object('Meeting', [], {
    name: text,
    meetingState: text,
    cancelled: { type: 'boolean' },
    start: dateTime,
    end: dateTime,
    location: embedded(location, []),
    organization: uriList,
    participant: uriList,
    invitation: embedded(file, []),
    resultsProtocol: embedded(file, []),
    verbatimProtocol: embedded(file, []),
    auxiliaryFile: { type: 'array', items: embedded(file, []) },
    agendaItem: { type: 'array', items: embedded(agendaItem, ['meeting']) },
  }),
  AgendaItem: agendaItem,
  Paper: object('Paper', [], {
    body: uri,
    name: text,
    reference: text,
    date,
    paperType: text,
    relatedPaper: uriList,
    superordinatedPaper: uriList,
    subordinatedPaper: uriList,
    mainFile: embedded(file, []),
    auxiliaryFile: { type: 'array', items: embedded(file, []) },
    location: { type: 'array', items: embedded(location, []) },
    originatorPerson: uriList,
    underDirectionOf: uriList,
    originatorOrganization: uriList,
    consultation: { type: 'array', items: embedded(consultation, ['paper']) },
  }),
  Consultation: consultation,
  File: file,
  Location: location,
};

/** An external object list (OParl 1.1 "Objektlisten"). */
export const OPARL_LIST_SCHEMA: Schema = {
  type: 'object',
  required: ['data', 'pagination', 'links'],
  additionalProperties: false,
  properties: {
    data: { type: 'array', items: { type: 'object', required: ['id', 'type'] } },
    pagination: {
      type: 'object',
      additionalProperties: false,
      properties: {
        totalElements: { type: 'integer', minimum: 0 },
        elementsPerPage: { type: 'integer', minimum: 1 },
        currentPage: { type: 'integer', minimum: 1 },
        totalPages: { type: 'integer', minimum: 1 },
      },
    },
    links: {
      type: 'object',
      additionalProperties: false,
      properties: { first: uri, prev: uri, next: uri, last: uri, self: uri },
    },
  },
};
