import { readFile } from 'node:fs/promises';

/** What a benchmark reads of another process's use of the machine (Linux /proc). */

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, 100 ticks a second). */
export async function cpuMsOf(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Peak and current resident set of a process, in MiB (Linux /proc). */
export async function memoryOf(pid: number): Promise<{ peak: number; current: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, current: kb('VmRSS') / 1024 };
}
