import { describe, expect, it } from 'vitest';
import { boundedReadModelCache } from './read-model-cache.ts';

describe('boundedReadModelCache', () => {
  it('answers only for the key a slot was stored with', () => {
    const cache = boundedReadModelCache(4);
    cache.set('101', 'v1', 'one');
    expect(cache.get('101', 'v1')).toBe('one');
    expect(cache.get('101', 'v2')).toBeUndefined();
    cache.set('101', 'v2', 'two');
    expect(cache.get('101', 'v1')).toBeUndefined();
    expect(cache.get('101', 'v2')).toBe('two');
  });

  it('keeps at most its capacity, dropping the least recently used slot', () => {
    const cache = boundedReadModelCache(2);
    cache.set('a', 'k', 1);
    cache.set('b', 'k', 2);
    expect(cache.get('a', 'k')).toBe(1);
    cache.set('c', 'k', 3);
    expect(cache.get('b', 'k')).toBeUndefined();
    expect(cache.get('a', 'k')).toBe(1);
    expect(cache.get('c', 'k')).toBe(3);
  });
});

describe('memo', () => {
  it('shares one pending computation among the readers that miss the same entry together', async () => {
    const cache = boundedReadModelCache(4);
    let runs = 0;
    let release = (_: string) => {};
    const compute = () => {
      runs += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const readers = [1, 2, 3].map(() => cache.memo('grid:101', 'v1', compute));
    release('grid');
    expect(await Promise.all(readers)).toEqual(['grid', 'grid', 'grid']);
    expect(runs).toBe(1);
    expect(await cache.memo('grid:101', 'v2', async () => 'newer')).toBe('newer');
    expect(runs).toBe(1);
  });

  it('drops a rejected computation, so the next reader computes again', async () => {
    const cache = boundedReadModelCache(4);
    await expect(cache.memo('grid:101', 'v1', () => Promise.reject(new Error('lost')))).rejects.toThrow(
      'lost',
    );
    await Promise.resolve();
    expect(await cache.memo('grid:101', 'v1', async () => 'again')).toBe('again');
  });
});
