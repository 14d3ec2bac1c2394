/**
 * Walks the OParl API from /oparl/v1.1/system like a client: follows every URL inside the API
 * found in an answer (objects, lists, every page), each once. Used by the schema walk and by the
 * test that nothing non-public is reachable.
 */
import type { FastifyInstance } from 'fastify';

export interface WalkedAnswer {
  url: string;
  status: number;
  body: string;
}

function linksIn(value: unknown, base: string, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.startsWith(`${base}/`)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) linksIn(v, base, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) linksIn(v, base, out);
  }
}

export async function walkOparl(
  app: FastifyInstance,
  origin: string,
  onAnswer?: (answer: WalkedAnswer, json: unknown) => Promise<void> | void,
): Promise<WalkedAnswer[]> {
  const base = `${origin}/oparl/v1.1`;
  const queue = [`${base}/system`];
  const visited = new Set<string>();
  const answers: WalkedAnswer[] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (visited.has(url)) continue;
    visited.add(url);
    const res = await app.inject({ url: url.slice(origin.length) });
    const answer = { url, status: res.statusCode, body: res.body };
    answers.push(answer);
    if (res.statusCode !== 200) {
      await onAnswer?.(answer, null);
      continue;
    }
    const json: unknown = res.json();
    await onAnswer?.(answer, json);
    // A schema document's URLs are its own $id and types, not data to follow.
    if (url.includes('/extension/schema/')) continue;
    const links = new Set<string>();
    linksIn(json, base, links);
    for (const link of links) if (!visited.has(link)) queue.push(link);
  }
  return answers;
}
