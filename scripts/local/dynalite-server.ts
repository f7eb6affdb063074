/**
 * dynalite in a process of its own, for benchmarks and crash tests: the API and dynalite then
 * run on two cores (as the API and DynamoDB would), and the table survives the API process.
 * Prints `dynalite listening on <endpoint>` once the table exists; stops on SIGTERM.
 *
 *   npx tsx scripts/local/dynalite-server.ts [--port 0] [--table concentric]
 */
import { parseArgs } from 'node:util';
import { startDynalite } from './dynalite.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, table: { type: 'string', default: 'concentric' } },
});
const dynamo = await startDynalite({ port: Number(values.port), tableName: values.table });
console.log(`dynalite listening on ${dynamo.endpoint}`);
const stop = () => void dynamo.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
