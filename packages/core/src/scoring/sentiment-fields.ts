import { ARC_PATTERNS, TRENDS } from './catalog.js';

/** What a sentiment criterion may test, relative to a speaker's arc (`customer.exit`, `agent.trend`, ...). */
export type FieldType = 'number' | 'boolean' | { enum: readonly string[] };

export const ARC_FIELDS: Record<string, FieldType> = {
  entry: 'number',
  exit: 'number',
  delta: 'number',
  trend: { enum: TRENDS },
  pattern: { enum: ARC_PATTERNS },
  'recovery.achieved': 'boolean',
  'recovery.margin': 'number',
  'recovery.troughScore': 'number',
  'finalThirdDrop.flagged': 'boolean',
  'finalThirdDrop.points': 'number',
};

export const ARC_SPEAKERS = ['customer', 'agent'] as const;

/** Splits `customer.recovery.achieved` into speaker and arc field, or says what is wrong. */
export function splitArcPath(path: string): { speaker: 'customer' | 'agent'; field: string } | Error {
  const [speaker, ...rest] = path.split('.');
  const field = rest.join('.');
  if (speaker !== 'customer' && speaker !== 'agent') return new Error(`"${path}" must start with customer. or agent.`);
  if (!(field in ARC_FIELDS)) return new Error(`"${field}" is not an arc field; use one of ${Object.keys(ARC_FIELDS).join(', ')}`);
  return { speaker, field };
}
