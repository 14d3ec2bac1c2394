/** RFC 9110 §13.1.2: does If-None-Match name this ETag (weak comparison, a list, or `*`)? */
export function ifNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (t: string) => t.trim().replace(/^W\//, '');
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',');
  return tags.some((t) => t.trim() === '*' || weak(t) === weak(etag));
}
