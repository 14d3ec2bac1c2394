/**
 * Where a webhook may not be sent (issue 15, and docs/security.md): the server's own loopback,
 * link-local addresses (cloud metadata services live at 169.254.169.254) and private networks —
 * a webhook URL must not become a way to reach the inside of the municipality's network (SSRF).
 * The check applies to the address actually connected to, after DNS (see main/webhook-sender.ts);
 * an operator may allow private targets by configuration (WEBHOOK_ALLOW_PRIVATE_TARGETS).
 */
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
const RANGES_V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const RANGES_V6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fe80::', 10, 'link-local'],
  ['fc00::', 7, 'private'],
  ['ff00::', 8, 'multicast'],
];
for (const [net, prefix] of RANGES_V4) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of RANGES_V6) blocked.addSubnet(net, prefix, 'ipv6');

function within(address: string, family: 'ipv4' | 'ipv6', net: string, prefix: number): boolean {
  const one = new BlockList();
  one.addSubnet(net, prefix, family);
  return one.check(address, family);
}

/** Why `address` (an IP literal) is not a permitted target, or null when it is. */
export function forbiddenTarget(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  if (version === 6) {
    // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is the IPv4 address it maps.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return forbiddenTarget(mapped[1]);
  }
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (!blocked.check(address, family)) return null;
  const ranges = version === 4 ? RANGES_V4 : RANGES_V6;
  return ranges.find(([net, prefix]) => within(address, family, net, prefix))?.[2] ?? 'blocked';
}
