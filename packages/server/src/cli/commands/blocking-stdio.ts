/**
 * Standard input and output read and written with blocking system calls, for a short-lived filter process:
 * `process.stdin` and `process.stdout` cost several milliseconds to set up (stream, socket and event-loop machinery),
 * which is a measurable share of a run that lives a quarter of a second. Pipes, files and terminals a parent hands over
 * are blocking; where one is not (reads or writes answer EAGAIN), the rest goes through the Node streams.
 */
import { readSync, writeSync } from 'node:fs';

const CHUNK_BYTES = 64 * 1024;
const STDIN = 0;
const STDOUT = 1;

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Stdin as byte chunks, each as soon as some input is available (a read returns what the pipe holds, so the caller can
 * answer a line before the next one is written). A yielded chunk is valid until the next one is requested.
 */
export async function* stdinChunks(): AsyncGenerator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    let read: number;
    try {
      read = readSync(STDIN, buffer, 0, CHUNK_BYTES, null);
    } catch (err) {
      if (errorCode(err) === 'EAGAIN') {
        yield* process.stdin as AsyncIterable<Buffer>;
        return;
      }
      if (errorCode(err) === 'EOF') return; // Windows reports the end of a pipe this way
      throw err;
    }
    if (read === 0) return;
    yield buffer.subarray(0, read);
  }
}

let stdoutIsNonBlocking = false;

/**
 * Writes all of `text` to stdout; resolves once it is written (for a non-blocking stdout, once the stream drains) to
 * true, or to false when the reader has closed the pipe (`... | head`), so the caller can stop quietly.
 */
export async function writeStdout(text: string): Promise<boolean> {
  if (text.length === 0) return true;
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  if (!stdoutIsNonBlocking) {
    try {
      while (written < bytes.length) written += writeSync(STDOUT, bytes, written);
      return true;
    } catch (err) {
      if (errorCode(err) === 'EPIPE') return false;
      if (errorCode(err) !== 'EAGAIN') throw err;
      stdoutIsNonBlocking = true;
    }
  }
  return new Promise((resolve, reject) => {
    const onError = (err: unknown) => (errorCode(err) === 'EPIPE' ? resolve(false) : reject(err));
    process.stdout.once('error', onError);
    process.stdout.write(bytes.subarray(written), (err) => {
      process.stdout.off('error', onError);
      if (err) onError(err);
      else resolve(true);
    });
  });
}
