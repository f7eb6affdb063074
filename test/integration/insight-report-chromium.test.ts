import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/api-harness.js';
import { loadInsightData } from '../support/insight-data.js';

/**
 * The report page in a real browser: the app served on loopback, Debian's headless Chromium
 * loads the page and dumps the DOM it rendered. CI installs Chromium (.ci/run); elsewhere the
 * test is skipped, saying why.
 */

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `[insight report] skipped: ${CHROMIUM} is not installed (apt-get install chromium; CI installs it)`,
  );
}
const run = promisify(execFile);

let h: Harness;
let server: ReturnType<typeof serve>;
let base: string;
let profileDir: string;

/** Chromium cannot send the local identity headers, so the test server adds them, as an auth proxy would. */
const asOperator = (request: Request) => {
  const headers = new Headers(request.headers);
  headers.set('x-caller-role', 'operator');
  headers.set('x-caller-org', 'VDAB-OPS');
  return new Request(request, { headers });
};

async function dumpDom(url: string): Promise<string> {
  const { stdout } = await run(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profileDir}`,
      '--dump-dom',
      url,
    ],
    { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}

describe.skipIf(!hasChromium)(`insight report in headless Chromium (needs ${CHROMIUM})`, () => {
  let dom: string;

  beforeAll(async () => {
    h = await startHarness({ rateLimit: false });
    await loadInsightData(h);
    const app = h.app;
    server = serve({ fetch: (request) => app.fetch(asOperator(request)), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profileDir = mkdtempSync(join(tmpdir(), 'concentric-chromium-'));
    dom = await dumpDom(`${base}/v1/insight/report?level=4&minScore=0.5&year=2026`);
  }, 90_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    await h?.close();
  });

  it('renders the page (the DOM Chromium built, not just the bytes sent)', () => {
    expect(dom).toContain('<h1>Labour-market insight: supply and demand per occupation</h1>');
    expect(dom).not.toMatch(/<script/i);
  });

  it('draws one bar per ring with the qualified candidates over every group', () => {
    const bars = [...dom.matchAll(/<rect class="bar ring-(\d)" data-ring="\d" data-value="(\d+)"/g)].map(
      (m) => [Number(m[1]), Number(m[2])],
    );
    // Bricklayers 1/1/1/2 and nurses 1/0/0/2.
    expect(bars).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 4],
    ]);
  });

  it('draws each occupation as ring segments, and its tension bar', () => {
    const segments = (group: string) =>
      [...dom.matchAll(new RegExp(`data-group="${group}" data-ring="(\\d)" data-value="(\\d+)"`, 'g'))].map(
        (m) => `${m[1]}:${m[2]}`,
      );
    expect(segments('7112')).toEqual(['1:1', '2:1', '3:1', '4:2']);
    expect(segments('2221')).toEqual(['1:1', '4:2']);
    expect(dom).toMatch(/<rect class="bar tension" data-group="7112" data-value="1.25"/);
    expect(dom).toMatch(/<rect class="bar tension" data-group="2221" data-value="1.5"/);
  });

  it('draws who can start when: per occupation and window, the ring segments and the openings tick', () => {
    const chart = dom.slice(
      dom.indexOf('<section id="start-windows">'),
      dom.indexOf('</section>', dom.indexOf('<section id="start-windows">')),
    );
    const bars = (isco: string) =>
      [1, 3, 6, 12].map((months) =>
        [
          ...chart.matchAll(
            new RegExp(`data-group="${isco}-${months}" data-ring="(\\d)" data-value="(\\d+)"`, 'g'),
          ),
        ]
          .map((m) => `${m[1]}:${m[2]}`)
          .join(' '),
      );
    const tick = (isco: string) =>
      [...chart.matchAll(new RegExp(`data-group="${isco}-\\d+" data-reference="(\\d+)"`, 'g'))].map(
        (m) => m[1],
      );
    // Today 2026-03-02; windows end 2026-04-02, 06-02, 09-02, 2027-03-02 (test/support/insight-data.ts
    // for the people; figures in shared/start-date/data). Bricklayers: VL-B1 (ring 1, free
    // movement, Dutch A2 as asked; one 40 h module, 24 days) and BRU-B1 (ring 2, nothing to do)
    // start within a month; NL-B1 (ring 3) does civic orientation in progress, 30 h = 18 days,
    // then 14 days' relocation: 2026-04-03, inside 3 months; MA-B1 and MA-B2 (ring 4) need a
    // single permit, 120 days + 15 visa + 21 relocation = 156 days: 2026-08-05, inside 6 months.
    // Nurses: VL-N1 within a month; IN-N1 (India, agreement) in 156 days; NG-N1 is not sourced
    // (WHO-01), so not counted.
    expect(bars('7112')).toEqual(['1:1 2:1', '1:1 2:1 3:1', '1:1 2:1 3:1 4:2', '1:1 2:1 3:1 4:2']);
    expect(bars('2221')).toEqual(['1:1', '1:1', '1:1 4:1', '1:1 4:1']);
    expect(tick('7112')).toEqual(['4', '4', '4', '4']);
    expect(tick('2221')).toEqual(['2', '2', '2', '2']);
    const nurses = dom.slice(dom.indexOf('data-isco="2221"'));
    const starts = (ring: number) =>
      nurses.match(new RegExp(`<tr data-ring="${ring}">.*?<td class="n starts">([^<]*)</td>`))?.[1];
    expect([1, 2, 3, 4].map(starts)).toEqual([
      '1 / 1 / 1 / 1',
      '0 / 0 / 0 / 0',
      '0 / 0 / 0 / 0',
      '0 / 0 / 1 / 1',
    ]);
  });

  it('prints the figures: openings, Flanders share, and the sourcing plan’s WHO-01 exclusion', () => {
    expect(dom).toMatch(/<div class="figure" id="openings"><b>6<\/b>openings<\/div>/);
    expect(dom).toContain('<b>33.3%</b>of openings Flanders alone can fill (2)');
    const nurses = dom.slice(dom.indexOf('data-isco="2221"'));
    expect(nurses).toContain('NG 1: WHO safeguards list (WHO-01)');
    expect(nurses).toContain('Wound care (1)');
  });
});
