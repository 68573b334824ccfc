import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FORMATS, type FormatId } from '@undertone/core';
import { EXIT } from './command.js';

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

/**
 * parseCommandArgs for commands that answer on the terminal: a bad option is reported on stderr and `--help`
 * prints `help`; either way the exit code comes back instead of the parsed arguments.
 */
export function parseCommandArgsOrExit<T extends OptionsConfig>(command: string, args: string[], options: T, help: string): Parsed<T> | number {
  const parsed = parseCommandArgs(command, args, options);
  if (!parsed.ok) {
    process.stderr.write(parsed.error + '\n');
    return EXIT.badInput;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help + '\n');
    return EXIT.ok;
  }
  return parsed;
}
