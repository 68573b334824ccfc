import { parentPort } from 'node:worker_threads';
import type { CallAnalysis } from '@undertone/core';
import { defaultSteps, type ActiveRules } from '../default-steps.js';
import { runAnalysisSteps } from '../run-analysis-steps.js';
import type { AnalysisReply, AnalysisTask } from './thread-protocol.js';

/** An analysis thread: core's steps over the rules the main thread last sent, one task at a time. */
const port = parentPort;
if (!port) throw new Error('analysis-thread.ts runs inside a worker thread started by the analysis thread pool');

let rules: ActiveRules | undefined;
const steps = defaultSteps(() => {
  if (!rules) throw new Error('the analysis thread got a task before any rubrics and policies');
  return rules;
});

port.on('message', (task: AnalysisTask) => {
  if (task.rules) rules = task.rules;
  let reply: AnalysisReply;
  try {
    const computed = runAnalysisSteps(steps, task.call);
    const callOmitted = computed.analysis.call === task.call;
    const analysis = callOmitted ? ({ ...computed.analysis, call: undefined } as unknown as CallAnalysis) : computed.analysis;
    reply = { id: task.id, computed: { ...computed, analysis }, callOmitted };
  } catch (err) {
    reply = { id: task.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
