import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error };

/**
 * Loads `load` whenever `key` changes, aborting the previous request; `retry` loads again.
 * The key is a string so callers state exactly what the data depends on. A retry of data already shown
 * refreshes it in place (no skeleton flash); a new key or a retry after an error shows loading.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> & { retry: () => void } {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const sameKey = shownKey.current === key;
    shownKey.current = key;
    setState((prev) => (sameKey && prev.status === 'ready' ? prev : { status: 'loading' }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: 'ready', data }),
      (error: Error) => !controller.signal.aborted && setState({ status: 'error', error }),
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
