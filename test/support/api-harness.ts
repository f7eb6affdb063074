import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { buildLocalApp, type LocalApp } from '../../scripts/local/local-app.js';
import type { RateLimit } from '../../shared/app/rate-limit.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { sequentialIds } from '../../shared/ports/id-generator.js';
import type { IdentityProvider } from '../../shared/ports/identity.js';
import { startTestDynamo } from './test-dynamo.js';

export interface Harness extends LocalApp {
  readonly dynamo: LocalDynamo;
  /** Sends a request as the given caller (local header identity). */
  call(
    method: string,
    path: string,
    options?: { as?: [role: string, org: string]; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  close(): Promise<void>;
}

export const EMPLOYER: [string, string] = ['employer', 'emp-bouwgroep'];
export const OTHER_EMPLOYER: [string, string] = ['employer', 'emp-zorgnet'];
export const VDAB: [string, string] = ['pes', 'VDAB'];
export const ANAPEC: [string, string] = ['pes', 'ANAPEC'];

/** The app on dynalite with the embedded search engine, built exactly as `npm start` builds it. */
export async function startHarness(
  options: { maxBodyBytes?: number; identity?: IdentityProvider; rateLimit?: RateLimit | false } = {},
): Promise<Harness> {
  const dynamo = await startTestDynamo();
  const local = await buildLocalApp({
    dynamo,
    clock: fixedClock('2026-03-02T09:00:00.000Z'),
    ids: sequentialIds(),
    maxBodyBytes: options.maxBodyBytes,
    identity: options.identity,
    rateLimit: options.rateLimit,
  });
  return {
    ...local,
    dynamo,
    call: (method, path, { as, body, headers } = {}) => {
      const init: RequestInit = {
        method,
        headers: {
          ...(as ? { 'x-caller-role': as[0], 'x-caller-org': as[1] } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
      };
      if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
      return Promise.resolve(local.app.request(path, init));
    },
    close: () => {
      local.close();
      return dynamo.stop();
    },
  };
}
