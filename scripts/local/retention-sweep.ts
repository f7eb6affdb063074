import { type ErasureDeps, expireCandidates } from '../../shared/use-cases/erasure-use-cases.js';

/**
 * The local server's stand-in for the scheduled retention Lambda: dynalite has no TTL, so the
 * sweep runs on an interval. Runs never overlap; a failed run is logged and the next one tries
 * again. Returns a function that stops it.
 */
export function startRetentionSweep(deps: ErasureDeps, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    expireCandidates(deps)
      .then((result) => {
        if (result.expired > 0)
          console.log(`retention sweep: expired ${result.expired} candidate profile(s)`);
      })
      .catch((error: unknown) => {
        console.error(`retention sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
