import { z } from 'zod';
import { COMPARISON_OPS, type ComparisonValue } from '../scoring/comparison.js';

/**
 * A flag condition: a comparison on one analysis field, or `all` / `any` / `not` around other conditions, nestable.
 * Anywhere a condition goes, a string expression is accepted too (`a.b < 1 and (c.d or e.f == x)`).
 */
export interface FieldCondition { field: string; op: (typeof COMPARISON_OPS)[number]; value?: ComparisonValue }
export type Condition = FieldCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition } | string;

const scalar = z.union([z.number().finite(), z.string(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.string().min(1),
    z.object({ field: z.string().min(1), op: z.enum(COMPARISON_OPS), value: z.union([scalar, z.array(scalar)]).optional() }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

/** The structured form, with strings already parsed: what evaluation works on. */
export type ResolvedCondition =
  | { field: string; op: FieldCondition['op']; value: ComparisonValue }
  | { all: ResolvedCondition[] }
  | { any: ResolvedCondition[] }
  | { not: ResolvedCondition };
