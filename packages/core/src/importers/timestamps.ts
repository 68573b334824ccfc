/** Timestamp parsing shared by the importers. Every function returns null for anything it cannot read. */

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Seconds as a number or a decimal string (`"12.34"`, as Transcribe and Twilio write them) to whole milliseconds. */
export function secondsToMs(value: unknown): number | null {
  let seconds: number;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!DECIMAL.test(trimmed)) return null;
    seconds = Number(trimmed);
  } else return null;
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) : null;
}

/** Milliseconds as a number (already in ms) rounded to whole milliseconds. */
export function wholeMs(value: number): number {
  return Math.round(value);
}

function digitsValue(text: string): number | null {
  if (text.length === 0 || text.length > 9) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(text);
}

/**
 * A clock stamp to milliseconds: `hh:mm:ss.mmm`, `mm:ss.mmm`, `hh:mm:ss,mmm` (SRT), `mm:ss`, `hh:mm:ss`.
 * Written without regular expressions so a hostile line cannot make it backtrack.
 */
export function clockToMs(stamp: string): number | null {
  const text = stamp.trim();
  let fraction = 0;
  let clock = text;
  const dot = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (dot !== -1) {
    const fractionText = text.slice(dot + 1);
    const digits = digitsValue(fractionText);
    if (digits === null || fractionText.length > 3) return null;
    fraction = digits * 10 ** (3 - fractionText.length);
    clock = text.slice(0, dot);
  }
  const parts = clock.split(':');
  if (parts.length < 2 || parts.length > 3) return null;
  let ms = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const value = digitsValue(part);
    if (value === null) return null;
    // minutes and seconds below the hour field must be two digits at most and under 60
    if (i > 0 && (part.length > 2 || value >= 60)) return null;
    ms = ms * 60 + value;
  }
  return ms * 1000 + fraction;
}

/** An epoch-milliseconds value to an ISO 8601 string, or null when it is outside the representable range. */
export function epochMsToIso(epochMs: number): string | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return null;
  return new Date(epochMs).toISOString();
}
