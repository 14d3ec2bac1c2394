/**
 * The URLs of the OParl API. In OParl every object's `id` is its own URL (OParl 1.1, "URLs"),
 * so the server's public address (PUBLIC_URL) is part of every answer.
 */
export const OPARL_PREFIX = '/oparl/v1.1';

export interface OparlUrls {
  base: string;
  system: string;
  bodies: string;
  body(code: string): string;
  list(code: string, list: string): string;
  object(code: string, list: string, id: string): string;
  agendaItem(code: string, meetingId: string, itemId: string): string;
  accountFile(code: string, meetingId: string): string;
  consultation(code: string, paperId: string, n: string): string;
  extensionSchema(name: string): string;
  extensionIndex: string;
  web(path: string): string;
}

/** Path segments of the lists (kebab-case, like the rest of the API). */
export const LIST_SEGMENTS = {
  organization: 'organization',
  person: 'person',
  membership: 'membership',
  legislativeTerm: 'legislative-term',
  meeting: 'meeting',
  paper: 'paper',
  agreement: 'agreement',
  publishedAccount: 'published-account',
  obligation: 'obligation',
} as const;

export function oparlUrls(publicUrl: string): OparlUrls {
  const origin = publicUrl.replace(/\/+$/, '');
  const base = `${origin}${OPARL_PREFIX}`;
  const seg = encodeURIComponent;
  const body = (code: string) => `${base}/body/${seg(code)}`;
  return {
    base,
    system: `${base}/system`,
    bodies: `${base}/body`,
    body,
    list: (code, list) => `${body(code)}/${list}`,
    object: (code, list, id) => `${body(code)}/${list}/${seg(id)}`,
    agendaItem: (code, meetingId, itemId) =>
      `${body(code)}/meeting/${seg(meetingId)}/agenda-item/${seg(itemId)}`,
    accountFile: (code, meetingId) => `${body(code)}/meeting/${seg(meetingId)}/file/account`,
    consultation: (code, paperId, n) => `${body(code)}/paper/${seg(paperId)}/consultation/${seg(n)}`,
    extensionSchema: (name) => `${base}/extension/schema/${name}.json`,
    extensionIndex: `${base}/extension`,
    web: (path) => `${origin}${path}`,
  };
}
