import type { Context } from 'hono';
import { parse as parseYaml } from 'yaml';
import { ApiError } from './api-error.js';

/** A rubric or policies body: JSON, or YAML text when the content type says YAML. */
export async function readDefinitionBody(c: Context): Promise<unknown> {
  const contentType = (c.req.header('content-type') ?? 'application/json').toLowerCase();
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError('INVALID_INPUT', 'the request body is empty: send the definition as JSON, or as YAML with content-type application/yaml');
  const isYaml = /\b(yaml|x-yaml)\b/.test(contentType);
  if (!isYaml && !contentType.includes('json')) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `content-type "${contentType}" is not accepted here: use application/json or application/yaml`);
  }
  try {
    return isYaml ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new ApiError('INVALID_INPUT', `the body is not valid ${isYaml ? 'YAML' : 'JSON'}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
