/**
 * Skills found in free text (Taxonomy.skillMentions): the time to read a 2,000-character text,
 * per taxonomy, with the built-in taxonomy as the baseline of the same run.
 *
 *   NODE_OPTIONS=--expose-gc tsx scripts/bench/skill-mentions-bench.ts --artifact <full>.json [--texts 1000] [--seed 7]
 *
 * where <full>.json is a full-size import (scripts/esco-generate.ts, then scripts/esco-import.ts).
 *
 * Each text is about 2,000 characters: ordinary words in the taxonomy's languages with a dozen
 * of its own skill terms mixed in, so both the misses (most words) and the hits cost what they
 * would. The first call builds the term index and the finder; it is reported apart, since a
 * warm Lambda pays it once. With --expose-gc the heap the index holds is measured after a
 * collection on each side; without it the figure is left out.
 */
import { parseArgs } from 'node:util';
import type { Taxonomy } from '../../shared/taxonomy/taxonomy.js';
import { seededRandom } from '../data/synthetic-pool.js';
import { loadTaxonomyArtifact } from '../data/taxonomy/load-artifact.js';
import { loadLine, machineLine, percentile } from './machine.js';

const { values } = parseArgs({
  options: {
    artifact: { type: 'string', default: '' },
    texts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
  },
});

const TEXT_LENGTH = 2_000;
const TERMS_PER_TEXT = 12;
const FILLER = (
  'we are looking for a colleague with experience who can work in a team and on site the job ' +
  'includes daily tasks and good communication with customers wij zoeken een collega met ervaring ' +
  'die zelfstandig werkt in een team op de werf nous cherchons un collègue avec de l expérience qui ' +
  'travaille en équipe sur le chantier wir suchen einen Kollegen mit Erfahrung im Team'
).split(' ');

function texts(taxonomy: Taxonomy, count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const terms = taxonomy
    .skills()
    .flatMap((s) => [...Object.values(s.labels), ...Object.values(s.synonyms).flat()])
    .filter((t) => t.length > 0);
  return Array.from({ length: count }, () => {
    const words: string[] = [];
    let length = 0;
    let planted = 0;
    while (length < TEXT_LENGTH) {
      const plant = planted < TERMS_PER_TEXT && next() < TERMS_PER_TEXT / 250;
      const word = plant ? pick(terms) : pick(FILLER);
      if (plant) planted += 1;
      words.push(word);
      length += word.length + 1;
    }
    return words.join(' ').slice(0, TEXT_LENGTH);
  });
}

function collectedHeap(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  return process.memoryUsage().heapUsed;
}

async function measure(artifact: string, count: number, seed: number) {
  const taxonomy = await loadTaxonomyArtifact(artifact);
  const corpus = texts(taxonomy, count, seed);
  const heapBefore = collectedHeap();
  const firstStarted = performance.now();
  taxonomy.skillMentions(corpus[0] as string);
  const firstMs = performance.now() - firstStarted;
  const heapAfter = collectedHeap();
  const indexMiB =
    heapBefore === undefined || heapAfter === undefined ? undefined : (heapAfter - heapBefore) / 2 ** 20;
  // A warm-up pass, so the figures are of optimised code, as a warm Lambda runs it.
  for (const text of corpus.slice(0, 100)) taxonomy.skillMentions(text);
  const ms: number[] = [];
  let mentions = 0;
  for (const text of corpus) {
    const started = performance.now();
    mentions += taxonomy.skillMentions(text).length;
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return {
    skills: taxonomy.skills().length,
    terms: [...taxonomy.terms().entries()].length,
    firstMs,
    indexMiB,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? Number.NaN,
    mentionsPerText: mentions / count,
  };
}

console.log(machineLine());
console.log(loadLine());
const count = Number(values.texts);
let baseline: number | undefined;
for (const artifact of ['built-in', ...(values.artifact ?? '').split(',').filter(Boolean)]) {
  const r = await measure(artifact, count, Number(values.seed));
  baseline ??= r.p95;
  console.log(
    `${artifact}: ${r.skills} skills, ${r.terms} terms; ${count} texts of ${TEXT_LENGTH} characters, ${r.mentionsPerText.toFixed(1)} mentions each: p50 ${r.p50.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms (${(r.p95 / baseline).toFixed(2)}× built-in), p99 ${r.p99.toFixed(3)} ms, max ${r.max.toFixed(3)} ms; first call (builds the index) ${r.firstMs.toFixed(1)} ms${r.indexMiB === undefined ? '' : `, index heap ${r.indexMiB.toFixed(1)} MiB`}`,
  );
}
console.log(`after: ${loadLine()}`);
