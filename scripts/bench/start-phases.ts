/**
 * Where `npm start`'s time goes: the local engine, the app (taxonomy, embedded search), the demo
 * data set, the vacancies and candidates written and indexed; with the machine's load.
 *
 *   npx tsx scripts/bench/start-phases.ts [--engine auto|dynoxide|dynalite]
 */
import '@hono/zod-openapi';
import { parseArgs } from 'node:util';
import { demoDataSet } from '../../shared/demo/demo-data.js';
import { parseDynaliteMode } from '../local/dynalite-worker.js';
import { loadDemoData } from '../local/load-demo.js';
import { buildLocalApp } from '../local/local-app.js';
import { parseEngineChoice, startLocalEngine } from '../local/local-engine.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({ options: { engine: { type: 'string', default: 'auto' } } });
const engine = parseEngineChoice(values.engine) ?? 'auto';
console.log(machineLine());
let last = performance.now();
const phase = (name: string) => {
  const now = performance.now();
  console.log(`${name.padEnd(28)} ${(now - last).toFixed(0).padStart(6)} ms`);
  last = now;
};
const first = last;
const dynamo = await startLocalEngine(engine, parseDynaliteMode(undefined) ?? 'worker');
phase(`engine (${dynamo.engine})`);
const { deps, stream } = await buildLocalApp({ dynamo });
phase('app (taxonomy, stores)');
demoDataSet();
phase('demo data set (generated)');
const demo = await loadDemoData(deps, () => stream.drain());
phase(`written and indexed (${demo.candidates})`);
console.log(`ready in ${((performance.now() - first) / 1000).toFixed(2)} s`);
await dynamo.stop();
