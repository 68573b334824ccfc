import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex.js';

describe('Mutex', () => {
  it('runs holders one at a time, in arrival order', async () => {
    const lock = new Mutex();
    const events: string[] = [];
    const task = (name: string) =>
      lock.run(async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 1));
        events.push(`${name} out`);
      });
    await Promise.all([task('a'), task('b'), task('c')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('releases the lock when the holder throws', async () => {
    const lock = new Mutex();
    await expect(lock.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(lock.run(async () => 'next')).resolves.toBe('next');
  });
});
