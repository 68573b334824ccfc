import { describe, expect, it } from 'vitest';
import { compilePattern, matchAt } from './phrase-pattern.js';

const words = (text: string): string[] => text.split(' ');
const noBoundaries = (n: number): boolean[] => new Array<boolean>(n).fill(false);

describe('phrase patterns', () => {
  it('matches alternatives, optional words and gaps, returning the end index', () => {
    const pattern = compilePattern('cancel|close * account|subscription');
    const w = words('i want to close my old account now');
    expect(matchAt(pattern, w, noBoundaries(w.length), 3)).toBe(7);
    const optional = compilePattern('thank you? for calling');
    expect(matchAt(optional, words('thanks for calling'), noBoundaries(3), 0)).toBe(-1);
    expect(matchAt(compilePattern('thank|thanks you? for calling'), words('thanks for calling'), noBoundaries(3), 0)).toBe(3);
  });

  it('does not let a gap run past three tokens or across a clause boundary', () => {
    const pattern = compilePattern('cancel * account');
    const far = words('cancel a b c d account');
    expect(matchAt(pattern, far, noBoundaries(far.length), 0)).toBe(-1);
    const split = words('cancel it and account');
    const boundaries = [false, true, false, false];
    expect(matchAt(pattern, split, boundaries, 0)).toBe(-1);
  });

  it('rejects patterns that cannot be indexed by a first word', () => {
    expect(() => compilePattern('* account')).toThrow(/must start with a required word/);
    expect(() => compilePattern('maybe? account')).toThrow(/must start with a required word/);
  });
});
