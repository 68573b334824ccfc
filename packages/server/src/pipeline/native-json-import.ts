import { callSchema, UndertoneError, type Call, type ImportProvenance } from '@undertone/core';
import type { ImportOptions } from './steps.js';

/**
 * Stand-in importer for Undertone's native call JSON, used only until core exports `importTranscript`
 * (which handles every vendor format). Same contract: returns `{call, provenance}`, throws UndertoneError.
 */
export function importNativeJson(input: Uint8Array | string, opts: ImportOptions): { call: Call; provenance: ImportProvenance } {
  const where = opts.source;
  if (opts.format && opts.format !== 'native') {
    throw new UndertoneError('UNKNOWN_FORMAT', `format "${opts.format}" is not available in this build: only native call JSON is`, where ? { source: where } : {});
  }
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UndertoneError('INVALID_INPUT', `not valid JSON: ${err instanceof Error ? err.message : String(err)}`, where ? { source: where } : {});
  }
  const result = callSchema.safeParse(parsed);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ where: `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`, message: i.message }));
    throw new UndertoneError('INVALID_INPUT', 'not a valid Undertone call: fix the fields listed below', { issues, ...(where ? { source: where } : {}) });
  }
  const call = opts.metadata ? { ...result.data, metadata: { ...result.data.metadata, ...opts.metadata } } : result.data;
  return {
    call,
    provenance: { format: 'native', agentIdentification: { method: 'native', detail: 'speaker roles given in the file' }, speakerMap: {}, warnings: [] },
  };
}
