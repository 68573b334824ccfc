import type { z } from 'zod';
import type { Utterance } from './call.js';
import { utterancesIfValid } from './utterances-if-valid.js';

/**
 * `full.safeParse(value)`, with the utterances checked by hand when they are certainly valid, so zod walks only the
 * small header (`header` is `full` without `utterances`). Anything the hand check cannot vouch for goes to `full`,
 * which then decides the result and every issue.
 */
export function parseWithFastUtterances<T extends { utterances: Utterance[] }>(
  value: unknown,
  header: z.ZodType<Omit<T, 'utterances'>>,
  full: z.ZodType<T>,
  minUtterances = 0,
): z.ZodSafeParseResult<T> {
  const utterances = utterancesIfValid((value as { utterances?: unknown } | null | undefined)?.utterances, minUtterances);
  if (utterances) {
    const parsed = header.safeParse(value);
    if (parsed.success) return { success: true, data: { ...parsed.data, utterances } as T };
  }
  return full.safeParse(value);
}
