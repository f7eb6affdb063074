import { OpenAPIHono } from '@hono/zod-openapi';
import { fieldIssues, ValidationError } from '../errors.js';
import type { AppEnv } from './app-env.js';

/**
 * A router whose validation failures become ValidationError (one entry per field), so the single
 * `onError` renders them like every other problem.
 */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const where = result.target === 'json' ? undefined : result.target;
        throw new ValidationError(fieldIssues(result.error, where));
      }
    },
  });
}
