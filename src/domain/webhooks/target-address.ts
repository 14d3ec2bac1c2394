/**
 * Where a webhook may not be sent (issue 15, and docs/security.md): the server's own loopback,
 * link-local addresses (cloud metadata services live at 169.254.169.254) and private networks —
 * a webhook URL must not become a way to reach the inside of the municipality's network (SSRF).
 * The check applies to the address actually connected to, after DNS (see main/webhook-sender.ts);
 * an operator may allow private targets by configuration (WEBHOOK_ALLOW_PRIVATE_TARGETS).
 * Pure: IP literals are parsed here, no network calls.
 */

type Range = { base: bigint; prefix: number; bits: 32 | 128; reason: string };

/** An IPv4 literal as a 32-bit number, or null. */
function parseIPv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

/** An IPv6 literal (with `::` and an optional IPv4 tail) as a 128-bit number, or null. */
function parseIPv6(text: string): bigint | null {
  const address = text.replace(/%.*$/, '');
  if (!address.includes(':')) return null;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (v4 === null) return null;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-f]{1,4}$/i.test(piece)) return null;
        out.push(Number.parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

const v4 = (net: string, prefix: number, reason: string): Range => ({
  base: parseIPv4(net) as bigint,
  prefix,
  bits: 32,
  reason,
});
const v6 = (net: string, prefix: number, reason: string): Range => ({
  base: parseIPv6(net) as bigint,
  prefix,
  bits: 128,
  reason,
});

const RANGES: Range[] = [
  v4('0.0.0.0', 8, 'unspecified'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'),
  v4('10.0.0.0', 8, 'private'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.168.0.0', 16, 'private'),
  v4('100.64.0.0', 10, 'shared (CGNAT)'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'),
  v6('::', 128, 'unspecified'),
  v6('::1', 128, 'loopback'),
  v6('fe80::', 10, 'link-local'),
  v6('fc00::', 7, 'private'),
  v6('ff00::', 8, 'multicast'),
];

function inRange(value: bigint, bits: 32 | 128, r: Range): boolean {
  if (r.bits !== bits) return false;
  const shift = BigInt(bits - r.prefix);
  return value >> shift === r.base >> shift;
}

/** Why `address` (an IP literal) is not a permitted target, or null when it is. */
export function forbiddenTarget(address: string): string | null {
  const ipv4 = parseIPv4(address);
  if (ipv4 !== null) return RANGES.find((r) => inRange(ipv4, 32, r))?.reason ?? null;
  const ipv6 = parseIPv6(address);
  if (ipv6 === null) return 'not an IP address';
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is the IPv4 address it maps.
  if (ipv6 >> 32n === 0xffffn) {
    const mapped = ipv6 & 0xffffffffn;
    return RANGES.find((r) => inRange(mapped, 32, r))?.reason ?? null;
  }
  return RANGES.find((r) => inRange(ipv6, 128, r))?.reason ?? null;
}
