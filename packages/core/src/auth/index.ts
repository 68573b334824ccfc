export * from './roles.js';
export * from './data-scope.js';
export * from './route-policy.js';
export * from './account-rules.js';
