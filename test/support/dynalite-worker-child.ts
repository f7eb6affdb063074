/** For test/integration/dynalite-worker.test.ts: dynalite in a worker thread of a process the test kills. */
import { startDynaliteWorker } from '../../scripts/local/dynalite-worker.js';

const dynamo = await startDynaliteWorker();
console.log(`listening on ${dynamo.endpoint}`);
// Stays up until killed.
setInterval(() => {}, 60_000);
