import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/** Moves `file` into `folder`, never overwriting: a name already taken gets `-<n>` before its extension. */
export async function moveInto(file: string, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const name = basename(file);
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 0; ; n++) {
    const target = join(folder, n === 0 ? name : `${stem}-${n}${ext}`);
    if (!(await exists(target))) {
      await rename(file, target);
      return target;
    }
  }
}

/** `<moved file>.error.json` beside the failed file: what was wrong and where. */
export async function writeErrorFile(movedFile: string, error: object): Promise<string> {
  const path = `${movedFile}.error.json`;
  await writeFile(path, JSON.stringify({ file: basename(movedFile), ...error }, null, 2) + '\n');
  return path;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
