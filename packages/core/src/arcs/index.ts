export { DEFAULT_ARC_CONFIG, arcConfigSchema, resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
export { smoothSeries, type TimedScore, type SmoothedPoint } from './smooth-series.js';
export { findMoves, type Move } from './turning-points.js';
export { classifyTrend } from './trend.js';
export { classifyPattern } from './arc-pattern.js';
export { computeArc, arcOfSeries } from './compute-arc.js';
export { findInflections, inflectionsOfSeries } from './find-inflections.js';
export { analyzeSentiment } from './analyze-sentiment.js';
