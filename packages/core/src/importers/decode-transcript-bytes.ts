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

/** ISO-8859-1 by hand, for runtimes whose TextDecoder lacks windows-1252. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

function decodeLegacy(bytes: Uint8Array): string {
  try {
    return decoder('windows-1252', false).decode(bytes);
  } catch {
    return latin1(bytes);
  }
}

/**
 * Transcript bytes to text: UTF-8 (BOM stripped), UTF-16 LE/BE when a BOM says so,
 * otherwise Windows-1252 (a superset of latin-1) when the bytes are not valid UTF-8.
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
