export {
  rubricSchema, sectionSchema, criterionSchema, leafCriterionSchema, naRuleSchema, CHARACTERISTIC_METRICS, CRITERION_KINDS,
  type Rubric, type RubricSection, type Criterion, type LeafCriterion, type CompositeCriterion, type CriterionKind, type NaRule,
} from './rubric-schema.js';
export { parseRubric } from './parse-rubric.js';
export { validateRubric } from './validate-rubric.js';
export { scoreCall } from './score-call.js';
export { selectRubric } from './select-rubric.js';
export { DEFAULT_RUBRICS } from './default-rubrics.js';
export { bestWindowMatch, type WindowMatch } from './token-similarity.js';
export { phraseSimilarity, DEFAULT_INTENT_THRESHOLD } from './criteria/intent-criterion.js';
export { DEFAULT_SCRIPT_THRESHOLD } from './criteria/script-criterion.js';
