import os from 'node:os';

/** One line naming the machine a benchmark ran on, printed with every result. */
export function machineLine(): string {
  const cpus = os.cpus();
  return `machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The machine's 1, 5 and 15 minute load averages, printed beside every figure. */
export function loadLine(): string {
  return `load average: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}
