import { describe, expect, it } from 'vitest';
import { UndertoneError } from '../errors.js';
import { decodeTranscriptBytes } from './decode-transcript-bytes.js';
import { importTranscript } from './import-transcript.js';

const TEXT = 'Agent: Café “ouvert” – ça va?\nCustomer: Très bien, merci.';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const hi = code >> 8;
    const lo = code & 0xff;
    bytes.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return bytes;
}

function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96 };
  return new Uint8Array([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe('decodeTranscriptBytes', () => {
  it('reads UTF-8 and strips its BOM', () => {
    const body = new TextEncoder().encode(TEXT);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeTranscriptBytes(body)).toBe(TEXT);
    expect(decodeTranscriptBytes(withBom)).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeTranscriptBytes(utf16(TEXT, false))).toBe(TEXT);
    expect(decodeTranscriptBytes(utf16(TEXT, true))).toBe(TEXT);
  });

  it('falls back to Windows-1252 / latin-1 when the bytes are not UTF-8', () => {
    expect(decodeTranscriptBytes(windows1252(TEXT))).toBe(TEXT);
    expect(decodeTranscriptBytes(new Uint8Array([0x4e, 0x61, 0xef, 0x76, 0x65]))).toBe('Naïve');
  });

  it('rejects binary content as BAD_ENCODING naming the file', () => {
    expect(() => decodeTranscriptBytes(new Uint8Array([0x41, 0x00, 0x42]), 'x.bin')).toThrow(UndertoneError);
    try {
      decodeTranscriptBytes(new Uint8Array([0x41, 0x00, 0x42]), 'x.bin');
    } catch (e) {
      expect((e as UndertoneError).code).toBe('BAD_ENCODING');
      expect((e as UndertoneError).source).toBe('x.bin');
    }
  });

  it('lets importTranscript read every encoding to the same call', () => {
    const meta = { metadata: { id: 'c', agent: { id: 'a' } } };
    const texts = [new TextEncoder().encode(TEXT), utf16(TEXT, false), utf16(TEXT, true), windows1252(TEXT)].map(
      (bytes) => importTranscript(bytes, meta).call.utterances.map((u) => u.text),
    );
    for (const t of texts) expect(t).toEqual(['Café “ouvert” – ça va?', 'Très bien, merci.']);
  });
});
