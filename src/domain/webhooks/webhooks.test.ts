import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryDelaySeconds } from './retry-schedule.ts';
import { signWebhook, verifyWebhook } from './signature.ts';
import { forbiddenTarget } from './target-address.ts';

describe('webhook signature', () => {
  it('is HMAC-SHA256 of "<timestamp>.<body>" in hex, prefixed v1=', () => {
    // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
    expect(signWebhook('secret', 1_700_000_000, '{"a":1}')).toBe(
      'v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686',
    );
  });

  it('verifies a fresh signature and refuses a changed body, another secret and an old timestamp', () => {
    const body = '{"type":"meeting.moved"}';
    const signature = signWebhook('s3cret', 1000, body);
    expect(verifyWebhook('s3cret', { signature, timestamp: '1000' }, body, 1100)).toBe(true);
    expect(verifyWebhook('s3cret', { signature, timestamp: '1000' }, `${body} `, 1100)).toBe(false);
    expect(verifyWebhook('other', { signature, timestamp: '1000' }, body, 1100)).toBe(false);
    expect(verifyWebhook('s3cret', { signature, timestamp: '1000' }, body, 1000 + 301)).toBe(false);
  });
});

describe('retry schedule', () => {
  it.each([
    [1, 10],
    [2, 60],
    [3, 300],
    [6, 6 * 3600],
    [MAX_ATTEMPTS, null],
  ])('after %i failed attempts waits %s seconds', (attempts, delay) => {
    expect(retryDelaySeconds(attempts)).toBe(delay);
  });
});

describe('forbidden webhook targets', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00::5', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['FE80::abcd', 'link-local'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(forbiddenTarget(address)).toBe(reason);
  });

  it('says when the text is no IP address at all', () => {
    expect(forbiddenTarget('example.org')).toBe('not an IP address');
    expect(forbiddenTarget('256.1.1.1')).toBe('not an IP address');
    expect(forbiddenTarget('1::2::3')).toBe('not an IP address');
  });

  it.each(['93.184.216.34', '172.32.0.1', '2a00:1450:4001:80b::200e', '8.8.8.8', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(forbiddenTarget(address)).toBeNull();
    },
  );
});
