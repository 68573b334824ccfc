import { z } from 'zod';
import { callSchema } from './call.js';

/** JSON Schema of the native call format, generated from callSchema so the two cannot drift. */
export function callJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(callSchema),
    title: 'Undertone call',
    description: 'One contact-center call as Undertone imports and analyzes it (the native transcript format).',
  };
}

/** The committed docs/call.schema.json text: 2-space JSON with a final newline. */
export function callJsonSchemaText(): string {
  return `${JSON.stringify(callJsonSchema(), null, 2)}\n`;
}
