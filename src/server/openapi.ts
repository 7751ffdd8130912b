import { z } from 'zod';
import type { ApiRoute } from './api-route.js';

const jsonSchema = (schema: z.ZodType) => {
  // Each parameter's schema sits inside the document, which names the dialect once.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest as Record<string, unknown>;
};

const ERROR = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array' } },
      required: ['code', 'message'],
    },
  },
};

/**
 * The OpenAPI 3.1 document of the declared endpoints, built from the same zod schemas that validate their
 * requests, so the document cannot drift from what the server accepts.
 *
 * ```ts
 * app.get('/openapi.json', (c) => c.json(openApiDocument(routes, '0.1.0')));
 * ```
 */
export function openApiDocument(routes: readonly ApiRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    // OpenAPI writes path parameters as {id}; Hono as :id.
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries(route.params?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema: jsonSchema(schema as z.ZodType),
      })),
      ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => {
        const s = jsonSchema(schema as z.ZodType);
        const { description, ...rest } = s;
        // What an absent parameter becomes; zod leaves it out of the input schema when a transform comes first.
        const absent = (schema as z.ZodType).safeParse(undefined);
        return {
          name,
          in: 'query',
          required: !absent.success,
          ...(typeof description === 'string' ? { description } : {}),
          schema: { ...rest, ...(absent.success && absent.data !== undefined ? { default: absent.data } : {}) },
        };
      }),
    ];
    const errors = {
      '400': { description: 'a parameter failed validation', content: { 'application/json': { schema: ERROR } } },
      ...(route.write
        ? {
            '401': { description: 'missing or wrong bearer token' },
            '403': { description: 'the server is read-only (no DYAD_TOKEN)' },
            '413': { description: 'body too large' },
          }
        : {}),
    };
    paths[path] = {
      ...paths[path],
      [route.method]: {
        summary: route.summary,
        tags: [route.tag],
        parameters,
        ...(route.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } }
          : {}),
        ...(route.write ? { security: [{ bearer: [] }] } : {}),
        responses: { '200': { description: 'OK', content: { 'application/json': {} } }, ...errors },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version,
      description:
        'Political event data from dated news. Read endpoints are open; writes need a bearer token (DYAD_TOKEN).',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
