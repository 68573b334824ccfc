import { describe, expect, it } from 'vitest';
import { queryString } from './client';

describe('query strings for the API', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(queryString({ team: 'care west', agent: undefined, flag: '', minScore: 0, cursor: null })).toBe('?team=care+west&minScore=0');
    expect(queryString({})).toBe('');
  });
});
