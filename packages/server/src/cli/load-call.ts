import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  importTranscript,
  parseMetadataCsv,
  parseMetadataSidecar,
  UndertoneError,
  type CallMetadata,
  type FormatId,
  type ImportResult,
} from '@undertone/core';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface LoadCallOptions {
  format?: FormatId;
  agentSpeaker?: string;
  metaFile?: string;
  maxBytes?: number;
}

/** Reads a transcript file (and optional metadata sidecar or CSV) and imports it. Throws UndertoneError on bad input. */
export async function loadCallFile(file: string, opts: LoadCallOptions = {}): Promise<ImportResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readBounded(file, maxBytes);
  const metadata = opts.metaFile ? await loadMetadata(opts.metaFile, stem(file)) : undefined;
  return importTranscript(bytes, {
    source: file,
    maxBytes,
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.agentSpeaker ? { agentSpeaker: opts.agentSpeaker } : {}),
    ...(metadata ? { metadata } : {}),
  });
}

/** A sidecar `.json`, or a `.csv` with one row per call (the row whose id matches the transcript's file name, or the only row). */
export async function loadMetadata(file: string, callIdHint?: string): Promise<CallMetadata> {
  const text = new TextDecoder().decode(await readBounded(file, DEFAULT_MAX_BYTES));
  return extname(file).toLowerCase() === '.csv' ? parseMetadataCsv(text, callIdHint, file) : parseMetadataSidecar(text, file);
}

async function readBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UndertoneError('INVALID_INPUT', `not a file; pass a transcript file path`, { source: file });
    size = info.size;
  } catch (e) {
    if (e instanceof UndertoneError) throw e;
    throw new UndertoneError('INVALID_INPUT', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path`, { source: file });
  }
  if (size > maxBytes) {
    throw new UndertoneError('TOO_LARGE', `file is ${size} bytes, over the ${maxBytes}-byte limit; split the transcript or raise the limit`, { source: file });
  }
  return new Uint8Array(await readFile(file));
}

function stem(file: string): string {
  return basename(file, extname(file));
}
