import type { AnalysisStore, StoredAnalysis } from '../storage/analysis-store.js';
import type { CallFilters, CallPage, CallPageRequest, CallStore, StoredCall } from '../storage/call-store.js';

export interface CallWithAnalysis extends StoredCall {
  analysis?: StoredAnalysis;
}

/** One call with its latest analysis, or undefined when the id is unknown. */
export async function getCall(deps: { calls: CallStore; analyses: AnalysisStore }, callId: string): Promise<CallWithAnalysis | undefined> {
  const stored = await deps.calls.getCall(callId);
  if (!stored) return undefined;
  const analysis = await deps.analyses.getAnalysis(callId);
  return analysis ? { ...stored, analysis } : stored;
}

/** Newest first unless `page.sort` says otherwise; pass `nextCursor` back (with the same sort) to get the next page. */
export function listCalls(deps: { calls: CallStore }, filters: CallFilters, page: CallPageRequest = {}): Promise<CallPage> {
  return deps.calls.listCalls(filters, page);
}
