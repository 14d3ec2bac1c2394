/**
 * Sends one webhook POST over http(s) and checks where it goes (issue 15, docs/security.md):
 * the host name is resolved here, and the address actually connected to must not be loopback,
 * link-local or private (domain/webhooks/target-address.ts) unless WEBHOOK_ALLOW_PRIVATE_TARGETS
 * allows it. Checking the connected address (not a separate look-up before) leaves no gap for a
 * DNS answer that changes between check and connect. Redirects are not followed; 10 s timeout.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { WebhookPost } from '../app/webhooks/deliver-due-webhooks.ts';
import { forbiddenTarget } from '../domain/webhooks/target-address.ts';

const TIMEOUT_MS = 10_000;

export class ForbiddenTargetError extends Error {
  constructor(address: string, reason: string) {
    super(`Adressen ${address} er ikke tilladt som modtager (${reason})`);
    this.name = 'ForbiddenTargetError';
  }
}

/** A DNS look-up that only answers with permitted addresses. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const permitted = allowPrivate
        ? addresses
        : addresses.filter((a) => forbiddenTarget(a.address) === null);
      const first = permitted[0];
      if (!first) {
        const a = addresses[0];
        return callback(
          new ForbiddenTargetError(
            a?.address ?? hostname,
            a ? (forbiddenTarget(a.address) ?? '') : 'ingen adresse',
          ),
          '',
          4,
        );
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, permitted);
      return callback(null, first.address, first.family);
    });
  };
}

export function createWebhookPost(options: { allowPrivateTargets: boolean }): WebhookPost {
  return (url, headers, body) =>
    new Promise<number>((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        reject(new Error(`Kun http og https er tilladt, ikke ${target.protocol}`));
        return;
      }
      const host = target.hostname.replace(/^\[|\]$/g, '');
      // An IP literal is connected to without a look-up: check it here.
      if (isIP(host) !== 0 && !options.allowPrivateTargets) {
        const reason = forbiddenTarget(host);
        if (reason) {
          reject(new ForbiddenTargetError(host, reason));
          return;
        }
      }
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          lookup: guardedLookup(options.allowPrivateTargets),
          timeout: TIMEOUT_MS,
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      request.on('timeout', () =>
        request.destroy(new Error(`Intet svar inden for ${TIMEOUT_MS / 1000} sekunder`)),
      );
      request.on('error', reject);
      request.end(body);
    });
}
