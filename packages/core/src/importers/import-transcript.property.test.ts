import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callSchema } from '../call/call.js';
import { UndertoneError } from '../errors.js';
import { FORMATS, type FormatId } from './formats.js';
import { importTranscript, type ImportOptions } from './import-transcript.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
// transcript fixtures are the files at the top level; subfolders belong to other suites
const FIXTURE_NAMES = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
const FIXTURE_TEXT = new Map(FIXTURE_NAMES.map((n) => [n, readFileSync(new URL(n, FIXTURES), 'utf8')]));
const META = { agent: { id: 'a-1' } };

/** The importer's whole contract: a valid call, or an UndertoneError. Anything else fails the property. */
function assertTypedOutcome(input: string | Uint8Array, opts: ImportOptions): void {
  let result;
  try {
    result = importTranscript(input, opts);
  } catch (e) {
    if (e instanceof UndertoneError) {
      expect(e.issues.length + e.message.length).toBeGreaterThan(0);
      return;
    }
    throw e;
  }
  expect(callSchema.safeParse(result.call).success).toBe(true);
}

const optionsArb: fc.Arbitrary<ImportOptions> = fc.record(
  {
    format: fc.constantFrom<FormatId>(...FORMATS),
    metadata: fc.constant(META),
    agentSpeaker: fc.constantFrom('A', 'spk_0', '1', 'Agent', 'nobody'),
  },
  { requiredKeys: [] },
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to every node of a JSON value, at most `limit` of them. */
function nodePaths(value: Json, limit = 2000): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]): void => {
    if (paths.length >= limit) return;
    paths.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node !== null && typeof node === 'object') for (const [k, child] of Object.entries(node)) walk(child, [...path, k]);
  };
  walk(value, []);
  return paths;
}

interface Mutation {
  at: number;
  kind: 'replace' | 'delete' | 'negate' | 'stringify' | 'swap-order';
  replacement: Json;
}

function mutate(root: Json, mutation: Mutation): Json {
  const paths = nodePaths(root);
  const path = paths[mutation.at % paths.length] ?? [];
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.replacement : root;
  let parent: Json = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  const key = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, Json>;
  const current = container[key] as Json;
  switch (mutation.kind) {
    case 'replace':
      container[key] = mutation.replacement;
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete container[key];
      break;
    case 'negate':
      container[key] = typeof current === 'number' ? -current - 1 : typeof current === 'string' ? `-${current}` : current;
      break;
    case 'stringify':
      container[key] = JSON.stringify(current) ?? null;
      break;
    case 'swap-order':
      if (Array.isArray(current)) current.reverse();
      break;
  }
  return root;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'negate', 'stringify', 'swap-order'),
  replacement: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});

describe('importTranscript never throws anything but UndertoneError', () => {
  it('for random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), optionsArb, (text, opts) => assertTypedOutcome(text, opts)), { numRuns: 400 });
  });

  it('for random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), optionsArb, (bytes, opts) => assertTypedOutcome(bytes, opts)), { numRuns: 400 });
  });

  it('for random JSON values, detected or forced into every format', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), optionsArb, (json, opts) => assertTypedOutcome(json, opts)), { numRuns: 400 });
  });

  it('for random lines that look like text transcripts', () => {
    const line = fc.tuple(
      fc.constantFrom('', '[00:01] ', '[01:02:03] ', '[99:99] ', '00:00:01.000 --> 00:00:02.000\n', 'WEBVTT\n\n'),
      fc.constantFrom('Agent: ', 'Customer: ', 'Jane Doe: ', '<v Bob>', '', ': '),
      fc.string({ maxLength: 40 }),
    ).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), optionsArb, (lines, opts) => assertTypedOutcome(lines.join('\n'), opts)), { numRuns: 400 });
  });

  it('for every fixture truncated at a random point', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_NAMES), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (name, cut, withMeta) => {
        const text = FIXTURE_TEXT.get(name) ?? '';
        assertTypedOutcome(text.slice(0, Math.floor(text.length * cut)), withMeta ? { source: name, metadata: META } : { source: name });
      }),
      { numRuns: 500 },
    );
  });

  it('for every JSON fixture with random structural mutations', () => {
    const jsonNames = FIXTURE_NAMES.filter((n) => n.endsWith('.json'));
    fc.assert(
      fc.property(fc.constantFrom(...jsonNames), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (name, mutations) => {
        let doc = JSON.parse(FIXTURE_TEXT.get(name) ?? 'null') as Json;
        for (const m of mutations) doc = mutate(doc, m);
        assertTypedOutcome(JSON.stringify(doc), { source: name, metadata: META });
      }),
      { numRuns: 600 },
    );
  });

  it('for every fixture with random characters changed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURE_NAMES),
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 5 }),
        (name, edits) => {
          let text = FIXTURE_TEXT.get(name) ?? '';
          for (const [at, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + 1);
          }
          assertTypedOutcome(text, { source: name, metadata: META });
        },
      ),
      { numRuns: 600 },
    );
  });
});
