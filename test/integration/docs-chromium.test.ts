import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/api-harness.js';

/**
 * The interactive reference in a real browser: the app served on loopback, Debian's headless
 * Chromium runs Swagger UI (its assets from the app, nothing else reachable) and dumps the DOM.
 * CI installs Chromium (.ci/run); elsewhere the test is skipped, saying why.
 */

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[docs] skipped: ${CHROMIUM} is not installed (CI installs it)`);
const run = promisify(execFile);

let h: Harness;
let server: ReturnType<typeof serve>;
let base: string;
let profileDir: string;

beforeAll(async () => {
  h = await startHarness();
  profileDir = mkdtempSync(join(tmpdir(), 'concentric-docs-chromium-'));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: (request) => h.app.fetch(request), port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${(info as AddressInfo).port}`;
      resolve();
    });
  });
});
afterAll(async () => {
  server?.close();
  rmSync(profileDir, { recursive: true, force: true });
  await h.close();
});

describe.skipIf(!hasChromium)('/docs in headless Chromium', () => {
  it('renders every operation of the document with Swagger UI', async () => {
    const { stdout } = await run(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        `--user-data-dir=${profileDir}`,
        '--virtual-time-budget=20000',
        '--dump-dom',
        `${base}/docs`,
      ],
      { timeout: 90_000, maxBuffer: 32 * 1024 * 1024 },
    );
    const doc = (await (await h.call('GET', '/openapi.json')).json()) as { paths: Record<string, object> };
    const shown = new Set(
      [...stdout.matchAll(/opblock-summary-path"[^>]*data-path="([^"]+)"/g)].map((m) => m[1]),
    );
    expect([...shown].sort()).toEqual(Object.keys(doc.paths).sort());
    expect(stdout).toContain('Concentric matching API');
  });
});
