import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FORMATS, type FormatId } from '@undertone/core';

/** A parseArgs failure as a one-line message that names the command and where to look. */
export function argsError(command: string, e: unknown): string {
  return `undertone ${command}: ${(e as Error).message}. Run \`undertone ${command} --help\`.`;
}

export function parseFormat(command: string, value: string | undefined): FormatId | undefined | Error {
  if (value === undefined) return undefined;
  if ((FORMATS as readonly string[]).includes(value)) return value as FormatId;
  return new Error(`undertone ${command}: unknown --format "${value}"; one of: ${FORMATS.join(', ')}`);
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/** parseArgs with strict options and positionals; a failure becomes a message for the person at the terminal. */
export function parseCommandArgs<T extends OptionsConfig>(command: string, args: string[], options: T): ({ ok: true } & Parsed<T>) | { ok: false; error: string } {
  try {
    return { ok: true, ...parseArgs({ args, options, allowPositionals: true, strict: true }) };
  } catch (e) {
    return { ok: false, error: argsError(command, e) };
  }
}
