// The worker side of `npm run bench:browser`: figures about the extension's service-worker thread
// that do not depend on how loaded the machine is.
//
// The CDP Profiler's busy time is wall time between samples, so on a loaded machine it includes
// the time the thread waited for a core. Chromium 156 exposes no `Performance` domain on a
// service-worker target, so the thread's own CPU time is read from Linux instead:
// `/proc/<pid>/task/<tid>/schedstat` holds the nanoseconds a thread ran on a CPU and the
// nanoseconds it waited on a run queue. An extension's service worker runs on the thread named
// "ServiceWorker thread" ("ServiceWorker t" once cut to 15 characters) of the extension's renderer
// process (`--extension-process`).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CDPSession } from 'playwright-core';

export interface ThreadRef {
  pid: number;
  tid: number;
}

export interface ThreadTimes {
  /** Nanoseconds on a CPU. */
  runNs: number;
  /** Nanoseconds runnable but waiting for a CPU (what a loaded machine adds to wall time). */
  waitNs: number;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The service-worker thread of the extension renderer among `browserSession`'s processes
 * (`SystemInfo.getProcessInfo`), or undefined where /proc is not there (not Linux) or the worker is stopped.
 */
export async function findWorkerThread(browserSession: CDPSession): Promise<ThreadRef | undefined> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  for (const process of processInfo) {
    if (process.type !== 'renderer') continue;
    const cmdline = readText(`/proc/${process.id}/cmdline`);
    if (!cmdline?.includes('--extension-process')) continue;
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${process.id}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      if (readText(`/proc/${process.id}/task/${tid}/comm`)?.startsWith('ServiceWorker'))
        return { pid: process.id, tid: Number(tid) };
    }
  }
  return undefined;
}

export function threadTimes(thread: ThreadRef): ThreadTimes | undefined {
  const fields = readText(`/proc/${thread.pid}/task/${thread.tid}/schedstat`)?.trim().split(/\s+/);
  if (!fields || fields.length < 2) return undefined;
  return { runNs: Number(fields[0]), waitNs: Number(fields[1]) };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The thread's CPU while `action` runs and until the thread is quiet again (less than 0.2 ms of
 * CPU in 300 ms), with no profiler attached (a sampling profiler costs the thread CPU itself).
 */
export async function threadCpuDuring(
  thread: ThreadRef,
  action: () => Promise<unknown>,
  maxWaitMs = 60_000,
): Promise<ThreadTimes | undefined> {
  const before = threadTimes(thread);
  if (!before) return undefined;
  await action();
  let last = threadTimes(thread);
  for (const deadline = Date.now() + maxWaitMs; Date.now() < deadline; ) {
    await sleep(300);
    const now = threadTimes(thread);
    if (!now || !last) return undefined;
    const quiet = now.runNs - last.runNs < 200_000;
    last = now;
    if (quiet) break;
  }
  if (!last) return undefined;
  return { runNs: last.runNs - before.runNs, waitNs: last.waitNs - before.waitNs };
}

// ---------------------------------------------------------------------------------------------
// Where the time goes: a CPU profile's self time by source file and by function

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface CpuProfileWithFrames {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time (µs) per node id, summed over several profiles. Each sample is charged the time to
 * the next one, as DevTools does.
 */
export function selfTimes(
  profiles: CpuProfileWithFrames[],
): Map<string, { frame: ProfileNode['callFrame']; us: number }> {
  const totals = new Map<string, { frame: ProfileNode['callFrame']; us: number }>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    for (let i = 0; i < profile.samples.length; i++) {
      const frame = byId.get(profile.samples[i] as number);
      if (!frame) continue;
      const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
      const entry = totals.get(key) ?? { frame, us: 0 };
      entry.us += profile.timeDeltas[i + 1] ?? 0;
      totals.set(key, entry);
    }
  }
  return totals;
}

/**
 * Names a profile frame: V8's own categories as they are ("(program)" is Chrome's native work on
 * the thread: event dispatch, argument conversion, IPC), script frames by their original source
 * file and function, through the chunk's source map (`<chunk>.map`, written by
 * `vite build --sourcemap hidden`) when there is one, else by chunk and minified name.
 */
export function frameNamer(
  distDir: string,
): (frame: ProfileNode['callFrame']) => { file: string; name: string } {
  const maps = new Map<string, TraceMap | null>();
  const mapOf = (url: string): TraceMap | null => {
    const path = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (!maps.has(path)) {
      const text = readText(join(distDir, `${path}.map`));
      maps.set(path, text ? new TraceMap(text) : null);
    }
    return maps.get(path) ?? null;
  };
  return (frame) => {
    if (!frame.url) return { file: frame.functionName || '(anonymous)', name: frame.functionName };
    const chunk = frame.url.replace(/^.*\//, '');
    const map = mapOf(frame.url);
    const original =
      map && originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!original?.source) return { file: chunk, name: frame.functionName || '(anonymous)' };
    const path = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    // Sources are named relative to the map: shown relative to the repository.
    const file = relative(process.cwd(), resolve(dirname(join(distDir, path)), original.source)).replace(
      /^.*node_modules\//,
      '',
    );
    return { file, name: `${original.name ?? (frame.functionName || '(anonymous)')} :${original.line}` };
  };
}
