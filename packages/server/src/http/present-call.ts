import type { CallWithAnalysis } from '../pipeline/read-calls.js';
import type { CallSummary } from '../storage/call-store.js';
import type { z } from '@hono/zod-openapi';
import type { callDetailSchema, callSummarySchema } from './schemas/call-schemas.js';

export type CallSummaryJson = z.infer<typeof callSummarySchema>;
export type CallDetailJson = z.infer<typeof callDetailSchema>;

export function presentCallSummary(call: CallSummary): CallSummaryJson {
  return {
    id: call.id,
    agentId: call.agentId,
    agentName: call.agentName,
    team: call.team,
    queue: call.queue,
    callType: call.callType,
    startedAt: call.startedAt.toISOString(),
    durationMs: call.durationMs,
    overallScore: call.overallScore,
    autoFailed: call.autoFailed,
    customerExit: call.customerExit,
    arcPattern: call.arcPattern,
    flagKinds: call.flagKinds,
    analysisStatus: call.analyzedEngineVersion ? 'analyzed' : 'pending',
    source: call.source,
    ingestedAt: call.ingestedAt.toISOString(),
  };
}

export function presentCallDetail(call: CallWithAnalysis): CallDetailJson {
  const analysis = call.analysis;
  return {
    ...presentCallSummary(call),
    // The analysis row can land a moment before the summary columns are refreshed: trust the row.
    ...(analysis ? { analysisStatus: 'analyzed' as const } : {}),
    call: call.call as unknown as Record<string, unknown>,
    analysis: analysis
      ? { engineVersion: analysis.engineVersion, analyzedAt: analysis.analyzedAt.toISOString(), result: analysis.analysis as unknown as Record<string, unknown> }
      : null,
  };
}
