import cliProgress from 'cli-progress';

/** Progress of the demo load on stderr: a bar on a terminal, a line every 10% elsewhere (logs, CI). */
export function demoProgress(stream: NodeJS.WriteStream = process.stderr): { update(loaded: number, total: number): void; done(): void } {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({ stream, format: 'loading demo calls [{bar}] {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(loaded, total) {
        if (!started) {
          bar.start(total, loaded);
          started = true;
        } else bar.update(loaded);
      },
      done: () => started && bar.stop(),
    };
  }
  let nextShown = 0;
  return {
    update(loaded, total) {
      if (loaded < nextShown && loaded !== total) return;
      stream.write(`loading demo calls: ${loaded}/${total}\n`);
      nextShown = loaded + Math.max(1, Math.ceil(total / 10));
    },
    done: () => undefined,
  };
}
