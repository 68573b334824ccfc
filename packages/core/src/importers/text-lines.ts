/** Splits text into lines on \r\n, \n or \r. Line numbers in messages are index + 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'" };

/** Removes markup tags (`<i>`, `<c.yellow>`, `</v>`) and decodes the few entities captions use; copies runs of plain text, no regex. */
export function stripTags(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 60) {
      // <
      const close = text.indexOf('>', i + 1);
      if (close === -1) break;
      out += text.slice(runStart, i);
      i = close + 1;
      runStart = i;
      continue;
    }
    if (c === 38) {
      // &
      const semi = text.indexOf(';', i + 1);
      const entity = semi !== -1 && semi - i <= 6 ? ENTITIES[text.slice(i, semi + 1)] : undefined;
      if (entity !== undefined) {
        out += text.slice(runStart, i) + entity;
        i = semi + 1;
        runStart = i;
        continue;
      }
    }
    i++;
  }
  return out + text.slice(runStart);
}
