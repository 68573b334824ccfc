import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { parsePolicies, parseRubric } from '@undertone/core';
import { RETIRED_MARKER, isRetired } from '../../storage/definition-catalog.js';
import type { VersionedDefinition } from '../../storage/definition-store.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { recordAudit } from '../auth/record-audit.js';
import { readDefinitionBody } from '../read-definition-body.js';
import { definitionBody, definitionListSchema, definitionSchema } from '../schemas/definition-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';

interface DefinitionKind {
  /** URL segment and tag: `rubrics` or `policies`. */
  plural: 'rubrics' | 'policies';
  singular: string;
  /** The audit log's name for it. */
  auditName: 'rubric' | 'policy';
  /** Validates a definition (throws INVALID_CONFIG listing every problem) and says which id it carries, if any. */
  validate(raw: unknown): { id?: string };
}

const KINDS: DefinitionKind[] = [
  { plural: 'rubrics', singular: 'rubric', auditName: 'rubric', validate: (raw) => ({ id: parseRubric(raw, 'request body').id }) },
  {
    plural: 'policies',
    singular: 'policy set',
    auditName: 'policy',
    // A policies file carries no id of its own: it comes from the URL (?id= on create).
    validate: (raw) => {
      parsePolicies(raw, 'request body');
      return {};
    },
  },
];

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function present(d: VersionedDefinition) {
  return { id: d.id, version: d.version, createdAt: d.createdAt.toISOString(), definition: d.definition as Record<string, unknown> };
}

export function registerDefinitionRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  for (const kind of KINDS) registerKind(app, deps, kind);
}

function registerKind(app: OpenAPIHono, deps: ApiDeps, kind: DefinitionKind): void {
  const store = deps[kind.plural];
  const base = `/api/v1/${kind.plural}`;
  const idParam = z.object({ id: z.string().regex(ID_PATTERN, 'ids are letters, digits, dot, dash and underscore').openapi({ param: { name: 'id', in: 'path' } }) });
  const oneResponse = { content: { 'application/json': { schema: definitionSchema } } };
  const tags = [kind.plural];

  const notFound = (id: string) => new ApiError('NOT_FOUND', `${kind.singular} "${id}" does not exist (or was deleted): list them at GET ${base}`);
  const current = async (id: string) => {
    const latest = await store.latest(id);
    if (!latest || isRetired(latest.definition)) throw notFound(id);
    return latest;
  };

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: `List the current version of every ${kind.singular}`, responses: { 200: { description: 'current versions', content: { 'application/json': { schema: definitionListSchema } } } } }),
    async (c) => c.json({ items: (await store.listLatest()).map(present) }, 200),
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Create a ${kind.singular} (version 1); the id comes from the body, or ?id= for policy sets`,
      request: { body: definitionBody, query: z.object({ id: z.string().optional().openapi({ param: { name: 'id', in: 'query' } }) }) },
      responses: { 201: { description: 'created', ...oneResponse }, ...errorResponses(400, 409, 415, 422) },
    }),
  );
  app.post(base, async (c) => {
    const raw = await readDefinitionBody(c);
    const { id: bodyId } = kind.validate(raw);
    const id = bodyId ?? c.req.query('id');
    if (!id || !ID_PATTERN.test(id)) throw new ApiError('INVALID_INPUT', `the ${kind.singular} needs an id (letters, digits, dot, dash, underscore): put "id" in the body${kind.plural === 'policies' ? ' or pass ?id=' : ''}`);
    const existing = await store.latest(id);
    if (existing && !isRetired(existing.definition)) throw new ApiError('CONFLICT', `${kind.singular} "${id}" already exists (version ${existing.version}): use PUT ${base}/${id} to publish a new version`);
    const published = await store.publish(id, raw);
    await recordAudit(c, deps.auth, `${kind.auditName}.create`, id, { details: { version: published.version } });
    return c.json(present(published), 201);
  });

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{id}`, tags, summary: `The current version of one ${kind.singular}`, request: { params: idParam }, responses: { 200: { description: 'current version', ...oneResponse }, ...errorResponses(404) } }),
    async (c) => c.json(present(await current(c.req.valid('param').id)), 200),
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'put',
      path: `${base}/{id}`,
      tags,
      summary: `Publish a new version of a ${kind.singular} (creates it when absent)`,
      request: { params: idParam, body: definitionBody },
      responses: { 200: { description: 'the new version', ...oneResponse }, ...errorResponses(400, 415, 422) },
    }),
  );
  app.put(`${base}/:id`, async (c) => {
    const id = c.req.param('id');
    if (!ID_PATTERN.test(id)) throw new ApiError('INVALID_INPUT', `"${id.slice(0, 64)}" is not a valid ${kind.singular} id: use letters, digits, dot, dash and underscore`);
    const raw = await readDefinitionBody(c);
    const { id: bodyId } = kind.validate(raw);
    if (bodyId !== undefined && bodyId !== id) throw new ApiError('INVALID_INPUT', `the body's id "${bodyId}" differs from the URL's "${id}": make them match`, [{ where: '$.id', message: `expected "${id}"` }]);
    const published = await store.publish(id, raw);
    await recordAudit(c, deps.auth, `${kind.auditName}.update`, id, { details: { version: published.version } });
    return c.json(present(published), 200);
  });

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: `Delete a ${kind.singular}: older versions stay readable for the scorecards that used them`,
      request: { params: idParam },
      responses: { 204: { description: 'deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await current(id);
      const retired = await store.publish(id, { [RETIRED_MARKER]: true });
      await recordAudit(c, deps.auth, `${kind.auditName}.delete`, id, { details: { version: retired.version } });
      return c.body(null, 204);
    },
  );
}
