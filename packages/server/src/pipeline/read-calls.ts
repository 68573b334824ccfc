import type { DataScope } from '@undertone/core';
import type { AnalysisStore, StoredAnalysis } from '../storage/analysis-store.js';
import type { CallFilters, CallPage, CallPageRequest, CallStore, StoredCall } from '../storage/call-store.js';

export interface CallWithAnalysis extends StoredCall {
  analysis?: StoredAnalysis;
}

/** One call with its latest analysis, or undefined when the id is unknown or outside `scope` (the same answer, so ids do not leak). */
export async function getCall(deps: { calls: CallStore; analyses: AnalysisStore }, callId: string, scope: DataScope): Promise<CallWithAnalysis | undefined> {
  const stored = await deps.calls.getCall(callId, scope);
  if (!stored) return undefined;
  const analysis = await deps.analyses.getAnalysis(callId);
  return analysis ? { ...stored, analysis } : stored;
}

/** Newest first unless `page.sort` says otherwise; pass `nextCursor` back (with the same sort) to get the next page. Only calls inside `scope`. */
export function listCalls(deps: { calls: CallStore }, filters: CallFilters, page: CallPageRequest, scope: DataScope): Promise<CallPage> {
  return deps.calls.listCalls(filters, page, scope);
}
