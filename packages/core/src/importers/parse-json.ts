import { invalidInput } from './import-errors.js';

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Where JSON.parse stopped, from its message: V8 writes "at position N" or "(line L column C)". */
function errorPosition(text: string, message: string): { line: number; column: number } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  return lineAndColumn(text, text.length);
}

/** JSON.parse that fails with an INVALID_INPUT naming the line and column. */
export function parseJson(text: string, source: string | undefined): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const { line, column } = errorPosition(text, raw);
    // V8 quotes the start of the input ("abc 4111 1"... is not valid JSON): never echo transcript content.
    const message = /is not valid JSON$/.test(raw) ? raw.replace(/,\s*(?:\.\.\.)?".*$/s, ' (not valid JSON)') : raw;
    throw invalidInput('the file is not valid JSON', source, [
      { where: `line ${line}, column ${column}`, message: `${message}; expected well-formed JSON (check for a missing comma, quote or bracket)` },
    ]);
  }
}
