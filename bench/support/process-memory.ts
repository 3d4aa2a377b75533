import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

// Processes the benchmarks started, read from /proc: their descendants, and their peak resident memory (VmHWM), which
// the kernel keeps for each process and which can be reset to the current resident size to measure one load alone.
//
// The process that serves requests under `next start` is the node process started with Next's bin itself: Next.js 16's
// `next start` (cli/next-start.js) calls startServer() in its own process; only `next dev` forks a server child. Its
// descendants are counted too, so that a Next.js that did fork would still be measured rather than read as tiny.

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
}

/** A process and its descendants. */
export const processTree = (pid: number): number[] => [pid, ...descendantsOf(pid)];

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function highWaterMarkKiB(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The peaks (VmHWM) of these processes added up, in MiB: exact for one process, an upper bound for several. */
export function peakMemoryMiB(pids: readonly number[]): number {
  return Math.round(pids.reduce((sum, pid) => sum + highWaterMarkKiB(pid), 0) / 1024);
}

/**
 * Resets each process's peak to its current resident size (`5` into /proc/PID/clear_refs, Linux 4.0 on; allowed for
 * processes of our own user), so that the next reading is the peak of what happened since. False if any reset failed.
 */
export function resetPeakMemory(pids: readonly number[]): boolean {
  return pids
    .map((pid) => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    })
    .every(Boolean);
}

/**
 * Stops a process the bench started, and anything it started: SIGTERM, SIGKILL after `graceMs`, then SIGKILL to any
 * descendant still running (read first, since a child could outlive its parent).
 */
export async function stopProcessTree(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const tree = processTree(child.pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  for (const pid of tree.filter(isRunning)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}
