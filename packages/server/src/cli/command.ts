/** What every CLI command module exports. `run` returns the process exit code. */
export interface CommandModule {
  run(args: string[]): Promise<number>;
}

export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;
