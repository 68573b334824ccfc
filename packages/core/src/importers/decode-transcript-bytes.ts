import { importError } from './import-errors.js';

/** The slice of the WHATWG TextDecoder used here; core has no DOM or Node types, the global exists in both. */
interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

function decoder(label: string, fatal: boolean): Decoder {
  const Ctor = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  return new Ctor(label, { fatal, ignoreBOM: false });
}

/** Windows-1252 characters for bytes 0x80-0x9F (0 where the code page leaves a byte undefined: read as latin-1). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by hand: not every runtime's TextDecoder implements it (some treat the label as
 * ISO-8859-1), and the table is small. Decoded in chunks to avoid a string per byte.
 */
function decodeLegacy(bytes: Uint8Array): string {
  const chunk = 8192;
  const codes = new Uint16Array(Math.min(chunk, bytes.length));
  let out = '';
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    out += String.fromCharCode(...codes.subarray(0, end - start));
  }
  return out;
}

/**
 * Transcript bytes to text: UTF-8 (BOM stripped), UTF-16 LE/BE when a BOM says so,
 * otherwise Windows-1252 (latin-1 plus typographic quotes and dashes in 0x80-0x9F) when the bytes are not valid UTF-8.
 * Text with NUL characters is binary or BOM-less UTF-16, which cannot be read reliably: BAD_ENCODING.
 */
export function decodeTranscriptBytes(bytes: Uint8Array, source?: string): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) text = decoder('utf-16le', false).decode(bytes);
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) text = decoder('utf-16be', false).decode(bytes);
  else {
    try {
      text = decoder('utf-8', true).decode(bytes);
    } catch {
      text = decodeLegacy(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw importError('BAD_ENCODING', 'the file contains NUL characters: it is binary, or UTF-16 without a byte order mark', source, [
      { where: `character ${nul + 1}`, message: 'expected text in UTF-8, UTF-16 with a BOM, or latin-1; re-save the transcript as UTF-8' },
    ]);
  }
  return text;
}
