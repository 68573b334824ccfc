import { z } from '@hono/zod-openapi';

export const definitionSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    definition: z.record(z.string(), z.unknown()),
  })
  .openapi('VersionedDefinition');

export const definitionListSchema = z.object({ items: z.array(definitionSchema) }).openapi('DefinitionList');

export const definitionBody = {
  content: {
    'application/json': { schema: z.record(z.string(), z.unknown()) },
    'application/yaml': { schema: z.string() },
    'application/x-yaml': { schema: z.string() },
    'text/yaml': { schema: z.string() },
  },
  required: true,
  description: 'the definition as JSON, or as YAML text with content-type application/yaml',
};
