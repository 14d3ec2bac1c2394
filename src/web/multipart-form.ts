/**
 * A small multipart/form-data reader for the one upload form that needs it (the bulk status
 * file): text fields as strings, file fields as bytes — bytes, because a Windows-1252 CSV must
 * reach the importer undecoded. Registered on an encapsulated route scope only.
 *
 * Deliberately not a general parser: no streaming (the body limit applies), no nested parts.
 * The CSRF hook reads `_csrf` from the parsed body like from any other form.
 */
import type { FastifyInstance } from 'fastify';

export interface UploadedFile {
  filename: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export type MultipartBody = Record<string, string | UploadedFile>;

/** The boundary of a `multipart/form-data; boundary=…` content type, or null. */
export function multipartBoundary(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function indexOf(haystack: Buffer, needle: Buffer, from: number): number {
  return haystack.indexOf(needle, from);
}

/** Parses the body; a malformed body yields the parts read so far. The first of repeated fields wins. */
export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const result: MultipartBody = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = indexOf(body, delimiter, 0);
  while (start !== -1) {
    const headerStart = start + delimiter.length;
    // "--" after the delimiter ends the body.
    if (body.subarray(headerStart, headerStart + 2).toString() === '--') break;
    const headerEnd = indexOf(body, Buffer.from('\r\n\r\n'), headerStart);
    if (headerEnd === -1) break;
    const next = indexOf(body, Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next === -1) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next);
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined && !(name in result)) {
      if (filename !== undefined) {
        const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null;
        result[name] = { filename, contentType, bytes: new Uint8Array(content) };
      } else {
        result[name] = content.toString('utf8');
      }
    }
    start = next + 2;
  }
  return result;
}

/** Adds the reader to `scope` (an encapsulated plugin scope), unless another one is already there. */
export function acceptMultipartForms(scope: FastifyInstance): void {
  if (scope.hasContentTypeParser('multipart/form-data')) return;
  scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (request, payload, done) => {
    const boundary = multipartBoundary(request.headers['content-type']);
    if (!boundary) {
      done(Object.assign(new Error('multipart body without boundary'), { statusCode: 400 }), undefined);
      return;
    }
    done(null, parseMultipart(payload as Buffer, boundary));
  });
}
