export { conditionSchema, type Condition, type FieldCondition, type ResolvedCondition } from './condition.js';
export {
  policiesFileSchema, FLAG_KINDS, type PoliciesFile, type Policies, type CallPolicy, type KeywordAlert, type PatternConfig,
} from './policy-schema.js';
export { FIELD_REGISTRY, FIELD_PATHS, type FieldSpec, type FieldKind } from './field-registry.js';
export { parseExpression } from './expression.js';
export { parsePolicies } from './parse-policies.js';
export { evaluateCondition, type ConditionResult } from './evaluate-condition.js';
export { evaluateCallPolicies } from './evaluate-call-policies.js';
export { evaluateKeywordAlerts } from './keyword-alerts.js';
export {
  toAgentCallRecord, findConsecutiveBelow, findStageSentimentDrops,
  type AgentCallRecord, type AgentPattern, type AgentPatternReport, type IssueClassification, type Recurrence,
} from './agent-patterns.js';
export { evaluateAgentPatterns, triggersFromPatterns } from './evaluate-agent-patterns.js';
export { DEFAULT_POLICIES_DATA, defaultPolicies } from './default-policies.js';
