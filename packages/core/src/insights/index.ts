export { readModelOf, type AnalysisReadModel, type InflectionRow, type CriterionRow } from './read-model.js';
export { weekStartOf, weekStartsEndingAt } from './week-start.js';
export { weeklyTrend, type WeekTotals, type WeekPoint } from './weekly-trend.js';
export { rankDropPrecursors, type DropPrecursor } from './drop-precursors.js';
export { criterionPassRates, type CriterionTotals, type CriterionPassRate } from './criterion-pass-rates.js';
export { builtInStageOrder, orderStages } from './stage-order.js';
export { stageDropMatrix, type StageAgent, type StageDropCount, type StageDropCell, type StageTotal, type StageDropMatrix } from './stage-drop-matrix.js';
