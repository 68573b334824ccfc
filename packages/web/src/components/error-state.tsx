import { ApiFailure } from '../api/client';
import { StatusMessage } from './status-message';

/** An API failure as the user should read it: not-found is its own message, the rest can be retried. */
export function ErrorState({ error, what, onRetry }: { error: Error; what: string; onRetry?: () => void }) {
  if (error instanceof ApiFailure && error.status === 404) {
    return (
      <StatusMessage kind="error" title={`${what} not found`}>
        {error.message}
      </StatusMessage>
    );
  }
  return (
    <StatusMessage kind="error" title={`Could not load ${what.toLowerCase()}`} {...(onRetry ? { onRetry } : {})}>
      {error.message}
    </StatusMessage>
  );
}
