export * from './call/call.js';
export * from './errors.js';
export * from './sentiment/sentiment-model.js';
export * from './analysis/types.js';
export * from './analysis/characteristics.js';
export * from './analysis/analyze-call.js';
export * from './arcs/index.js';
