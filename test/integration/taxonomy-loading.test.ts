import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ARTIFACT_PATH } from '../../scripts/data/taxonomy/built-in-path.js';
import { artifactLocation, loadTaxonomy } from '../../shared/composition/taxonomy-loading.js';
import { readConfig } from '../../shared/config.js';
import { encodeArtifact } from '../../shared/taxonomy/artifact-encoding.js';
import { builtInTaxonomy, withCuratedLayer } from '../../shared/taxonomy/built-in-taxonomy.js';
import { parseImportedTaxonomy } from '../../shared/taxonomy/imported-taxonomy.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import { EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';

/**
 * A deployment serves the taxonomy artifact its configuration names: locally TAXONOMY_PATH
 * (here the real English ESCO occupations, scripts/data/taxonomy/, with the curated vocabulary
 * embedded as scripts/esco-built-in.ts --under embeds it, in the sectioned format it writes),
 * and reports its version.
 */
const IMPORT = 'scripts/data/taxonomy/esco-1.1.1-en.json';
const imported = parseImportedTaxonomy(JSON.parse(readFileSync(IMPORT, 'utf8')));
const artifactVersion = imported.version;
const dir = mkdtempSync(join(tmpdir(), 'concentric-taxonomy-'));
const ARTIFACT = join(dir, 'taxonomy.json');
// Sectioned, as scripts/esco-import.ts writes it (shared/taxonomy/artifact-encoding.ts).
writeFileSync(ARTIFACT, encodeArtifact(withCuratedLayer(imported)));
const fileConfig = (path: string | undefined) =>
  ({ TAXONOMY_PATH: path, TAXONOMY_BUCKET: undefined, TAXONOMY_KEY: '', AWS_REGION: '' }) as const;
/** An ESCO occupation no curated one is: only the artifact knows it (ISCO 4110). */
const MEMBERSHIP_ADMINISTRATOR = 'http://data.europa.eu/esco/occupation/0a3c2d5b-e1f9-4200-9288-62bf3fed3310';

let withArtifact: Harness;
let builtIn: Harness;

beforeAll(async () => {
  process.env.TAXONOMY_PATH = ARTIFACT;
  try {
    withArtifact = await startHarness();
  } finally {
    delete process.env.TAXONOMY_PATH;
  }
  builtIn = await startHarness();
}, 60_000);
afterAll(async () => {
  await withArtifact?.close();
  await builtIn?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('taxonomy artifact loading', () => {
  it('reports the loaded taxonomy version on /health and in the OpenAPI info', async () => {
    const health = (await (await withArtifact.call('GET', '/health')).json()) as {
      taxonomy: { version: string };
    };
    expect(health.taxonomy.version).toMatch(
      new RegExp(`^built-in\\+[0-9a-f]{8}/${artifactVersion.replace(/[.+]/g, '\\$&')}$`),
    );
    const doc = (await (await withArtifact.call('GET', '/openapi.json')).json()) as {
      info: { 'x-taxonomy-version': string; description: string };
    };
    expect(doc.info['x-taxonomy-version']).toBe(health.taxonomy.version);
    expect(doc.info.description).toContain(health.taxonomy.version);
    const plain = (await (await builtIn.call('GET', '/health')).json()) as { taxonomy: { version: string } };
    expect(plain.taxonomy.version).toMatch(/^built-in\+[0-9a-f]{8}$/);
  });

  it('files a vacancy coded only by an ESCO occupation the artifact holds', async () => {
    const body = validVacancy({
      title: 'Ledenadministratie',
      occupation: { esco: MEMBERSHIP_ADMINISTRATOR },
    });
    const res = await withArtifact.call('POST', '/v1/vacancies', { as: EMPLOYER, body });
    expect(res.status, await res.clone().text()).toBe(201);
    const vacancy = (await res.json()) as { occupation: unknown };
    expect(vacancy.occupation).toEqual({ isco: '4110', esco: MEMBERSHIP_ADMINISTRATOR });
    // Without the artifact the URI is unknown, and without an ISCO code that is the caller's error.
    const refused = await builtIn.call('POST', '/v1/vacancies', { as: EMPLOYER, body });
    expect(refused.status).toBe(400);
  });

  it('finds an occupation by its ESCO URI', async () => {
    const res = await withArtifact.call(
      'GET',
      `/v1/taxonomy/occupations?q=${encodeURIComponent(MEMBERSHIP_ADMINISTRATOR)}`,
      {
        as: EMPLOYER,
      },
    );
    const { items } = (await res.json()) as {
      items: { esco: string; isco: string; labels: { en: string } }[];
    };
    expect(items.map((o) => [o.esco, o.isco, o.labels.en])).toEqual([
      [MEMBERSHIP_ADMINISTRATOR, '4110', 'membership administrator'],
    ]);
  });
});

describe('what a deployment loads', () => {
  it('serves the curated vocabulary from the built-in artifact as the data tables define it', async () => {
    const loaded = await loadTaxonomy(fileConfig(BUILT_IN_ARTIFACT_PATH));
    const tables = builtInTaxonomy();
    expect(loaded.version).toBe(tables.version);
    expect(loaded.skills()).toEqual(tables.skills());
    expect(loaded.occupations()).toEqual(tables.occupations());
    expect(loaded.skillByLabel('metselen')?.id).toBe('bricklaying');
  });

  it('refuses to start without an artifact', async () => {
    await expect(loadTaxonomy(fileConfig(undefined))).rejects.toThrow(/no taxonomy artifact/);
  });

  it('refuses an ESCO import without the curated vocabulary', async () => {
    await expect(loadTaxonomy(fileConfig(IMPORT))).rejects.toThrow(
      new RegExp(`${artifactVersion.replace(/[.+]/g, '\\$&')} has no curated vocabulary`),
    );
  });
});

describe('where the artifact is read from', () => {
  it.each([
    [{}, undefined],
    [{ TAXONOMY_PATH: '/opt/taxonomy.json' }, { kind: 'file', path: '/opt/taxonomy.json' }],
    [
      { TAXONOMY_BUCKET: 'concentric-taxonomy', AWS_REGION: 'eu-west-1' },
      { kind: 's3', bucket: 'concentric-taxonomy', key: 'taxonomy/current.json', region: 'eu-west-1' },
    ],
    [
      { TAXONOMY_BUCKET: 'concentric-taxonomy', TAXONOMY_KEY: 'esco-1.2.0.json', AWS_REGION: 'eu-central-1' },
      { kind: 's3', bucket: 'concentric-taxonomy', key: 'esco-1.2.0.json', region: 'eu-central-1' },
    ],
  ])('%j → %j', (env, location) => {
    expect(artifactLocation(readConfig({ IDENTITY: 'headers', ...env }))).toEqual(location);
  });
});
