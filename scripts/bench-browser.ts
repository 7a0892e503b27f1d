// `npm run bench:browser`: what the built extension (dist/) costs in a real Chromium, in figures and
// ratios, never pass/fail. Three browsers run side by side against the local HTTPS stand-in for API
// Gateway (tests/e2e/support), and their rounds alternate, so a load spike on the machine hits every arm:
//   extension  a copy of dist/ plus one blank page (bench-blank.html) used as the reference page and to
//              read the badge and storage.session without waking the worker;
//   none       the same browser without any extension;
//   floor      a copy of dist/ whose worker runs with every listener body emptied: the webRequest
//              listeners are registered with the same events, filters and extraInfoSpec as the real
//              ones (captured at run time, so it follows the real worker), every other listener is
//              dropped. That is what any observer of these requests pays Chrome.
// Only the DOM contract (data-call, data-check, data-diagnosis), the badge, storage.session and the
// worker are looked at, so the benchmark does not depend on how the store is laid out.
// Every server listens on 127.0.0.1; every loop is bounded by the flags below.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  browserArgs,
  chromePath,
  createUserPool,
  type ExtensionBrowser,
  launchWithExtension,
  readPopupPath,
  startAppServer,
  startFakeAws,
  TunnelSession,
  tabIdOf,
} from '../tests/e2e/support';
import {
  type CpuProfileWithFrames,
  findWorkerThread,
  frameNamer,
  selfTimes,
  type ThreadRef,
  type ThreadTimes,
  threadCpuDuring,
  threadTimes,
} from './benchWorkerThread';

// ---------------------------------------------------------------------------------------------
// Flags

interface Settings {
  rounds: number;
  calls: number;
  concurrency: number;
  badgeSamples: number;
  cpuCalls: number;
  burst: number;
  popupRounds: number;
  dist: string;
  /** The parts to run (`--only`); every part when empty. */
  only: Part[];
}

/** The benchmark's parts, for `--only`: the set-up (browsers, stand-in) is shared by all. */
const PARTS = ['page', 'worker', 'badge', 'popup', 'burst'] as const;
type Part = (typeof PARTS)[number];

const FULL: Settings = {
  rounds: 5,
  calls: 200,
  concurrency: 50,
  badgeSamples: 15,
  cpuCalls: 50,
  burst: 1000,
  popupRounds: 7,
  dist: 'dist',
  only: [],
};
const QUICK: Settings = { ...FULL, rounds: 3, calls: 100, badgeSamples: 8, cpuCalls: 20, popupRounds: 3 };
/** Upper bounds, so a typo cannot start an hour-long run or flood the machine. */
const LIMITS: Record<Exclude<keyof Settings, 'dist' | 'only'>, number> = {
  rounds: 50,
  calls: 20_000,
  concurrency: 200,
  badgeSamples: 500,
  cpuCalls: 1000,
  burst: 10_000,
  popupRounds: 100,
};

const USAGE = `usage: npm run bench:browser -- [--quick] [--rounds N] [--calls N] [--concurrency N]
       [--badge-samples N] [--cpu-calls N] [--burst N] [--popup-rounds N] [--dist DIR]
       [--only PART[,PART…]]   parts: ${PARTS.join(', ')} (default: all)
defaults: ${JSON.stringify(FULL)}
--quick:  ${JSON.stringify(QUICK)}`;

function parseFlags(argv: string[]): Settings {
  const settings = { ...(argv.includes('--quick') ? QUICK : FULL) };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--quick') continue;
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = argv[i + 1];
    i++;
    if (flag === '--dist' && value !== undefined) {
      settings.dist = value;
      continue;
    }
    if (flag === '--only' && value !== undefined) {
      const parts = value.split(',');
      const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
      if (unknown.length > 0) fail(`--only: unknown part ${unknown.join(', ')}`);
      settings.only = parts as Part[];
      continue;
    }
    const key = flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(key in LIMITS)) fail(`unknown flag ${flag}`);
    const limit = LIMITS[key as keyof typeof LIMITS];
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > limit) fail(`${flag} wants an integer from 1 to ${limit}`);
    settings[key as keyof typeof LIMITS] = n;
  }
  return settings;
}

function fail(message: string): never {
  console.error(`bench:browser: ${message}\n${USAGE}`);
  process.exit(2);
}

const settings = parseFlags(process.argv.slice(2));
/** Whether `part` runs in this run (`--only`). */
const runs = (part: Part) => settings.only.length === 0 || settings.only.includes(part);
const distDir = resolve(settings.dist);
let manifest: { background?: { service_worker?: string; type?: string } };
try {
  manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
} catch {
  fail(`${distDir}/manifest.json not readable: build the extension first (npm run build)`);
}
const workerScript = manifest.background?.service_worker;
if (!workerScript) fail(`${distDir}/manifest.json has no background.service_worker`);

// ---------------------------------------------------------------------------------------------
// Small statistics and printing

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

function quantile(values: number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a');
/** The machine's 1, 5 and 15 minute load averages: figures taken under load are not comparable. */
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The pause after a run of the arms without a worker to wait for (about what `settle` takes). */
const ARM_PAUSE_MS = 600;

function line(label: string, value: string): void {
  console.log(`${label.padEnd(46)} ${value}`);
}

// ---------------------------------------------------------------------------------------------
// The extensions under test, written to temp dirs

const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p data-check>blank</p></body></html>';

/**
 * Reference pages for the popup's first render, beside the blank page: what an extension page pays
 * before its first element when that element comes from a script (one module file of a few bytes),
 * and when that script must first read `storage.session` once (one key, absent). No page that
 * shows stored data can be faster than the second; the popup is compared with all three.
 */
const FLOOR_PAGES = {
  script:
    'const p = document.createElement("p"); p.dataset.check = ""; p.textContent = "script"; document.body.append(p);',
  read: 'await chrome.storage.session.get("bench:none"); const p = document.createElement("p"); p.dataset.check = ""; p.textContent = "read"; document.body.append(p);',
} as const;
type FloorPage = keyof typeof FLOOR_PAGES;
const floorPage = (name: FloorPage) => `bench-${name}.html`;

/** Runs before the real worker module: every listener gets an empty body, webRequest ones keep their filter. */
const FLOOR_PATCH = `
const registered = [];
globalThis.__benchFloorListeners = registered;
for (const namespace in chrome) {
  let api;
  try { api = chrome[namespace]; } catch { continue; }
  if (!api || typeof api !== 'object') continue;
  for (const name in api) {
    let event;
    try { event = api[name]; } catch { continue; }
    if (!event || typeof event.addListener !== 'function') continue;
    const add = event.addListener.bind(event);
    event.addListener = namespace === 'webRequest'
      ? (_listener, ...rest) => {
          registered.push({ event: name, filter: rest[0], extraInfoSpec: rest[1] });
          add(() => undefined, ...rest);
        }
      : () => {};
  }
}
`;

function copyDist(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(distDir, dir, { recursive: true });
  writeFileSync(join(dir, BLANK_PAGE), BLANK_HTML);
  for (const [name, script] of Object.entries(FLOOR_PAGES)) {
    writeFileSync(join(dir, `bench-${name}.js`), script);
    writeFileSync(
      join(dir, floorPage(name as FloorPage)),
      `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title><script type="module" src="bench-${name}.js"></script></head><body></body></html>`,
    );
  }
  return dir;
}

function writeFloorExtension(): string {
  const dir = copyDist('c401-bench-floor-');
  const floorManifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const isModule = floorManifest.background.type === 'module';
  writeFileSync(join(dir, 'bench-floor-patch.js'), FLOOR_PATCH);
  writeFileSync(
    join(dir, 'bench-floor-worker.js'),
    isModule
      ? `import './bench-floor-patch.js';\nimport './${workerScript}';\n`
      : `importScripts('bench-floor-patch.js', ${JSON.stringify(workerScript)});\n`,
  );
  floorManifest.background.service_worker = 'bench-floor-worker.js';
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(floorManifest, null, 2));
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Arms

type ArmName = 'extension' | 'none' | 'floor';
interface Arm {
  name: ArmName;
  context: BrowserContext;
  /** The tab that makes the page-time calls. */
  app: Page;
  ext?: ExtensionBrowser;
  /** bench-blank.html in the extension arm. */
  blank?: Page;
  close(): Promise<void>;
}

async function launchBare(fakeAwsPort: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'c401-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: false, // --headless=new comes from browserArgs
    args: browserArgs(fakeAwsPort),
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// In-page actions (run by Playwright through CDP, which the extension CSP does not block)

/**
 * page.evaluate, after defining `__name` in the page: tsx (esbuild keepNames) wraps named inner
 * functions in `__name(…)`, a helper that exists in this process only.
 */
async function inPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  // Playwright types the argument as Unboxed<A>: the same as A for the plain data passed here.
  return page.evaluate<R, A>(fn as Parameters<typeof page.evaluate<R, A>>[0], arg);
}

interface CallsResult {
  ms: number;
  outcomes: Record<string, number>;
  /** performance.timeOrigin + performance.now() when the last call settled. */
  doneAt: number;
}

/** `n` fetches of `url`, `concurrency` at a time; resolves when all have settled. */
function makeCalls(
  page: Page,
  url: string,
  token: string,
  n: number,
  concurrency: number,
): Promise<CallsResult> {
  return inPage(
    page,
    async ({ url, token, n, concurrency }) => {
      let started = 0;
      const outcomes: Record<string, number> = {};
      const lane = async () => {
        while (started < n) {
          started++;
          let outcome: string;
          try {
            const response = await fetch(url, { headers: { Authorization: token }, cache: 'no-store' });
            await response.arrayBuffer();
            outcome = String(response.status);
          } catch {
            outcome = 'network-error'; // a 401 without CORS headers, as API Gateway sends by default
          }
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        }
      };
      const start = performance.now();
      await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
      const end = performance.now();
      return { ms: end - start, outcomes, doneAt: performance.timeOrigin + end };
    },
    { url, token, n, concurrency },
  );
}

interface StoredCalls {
  bytes: number;
  calls: Array<{ tabId: number; withRequestHeaders: boolean }>;
}

/**
 * Every captured call in storage.session, whatever the layout: objects with the CapturedCall shape
 * (id, url, statusCode, responseHeaders), counted once per id. Read from the blank extension page.
 */
function storedCalls(blank: Page): Promise<StoredCalls> {
  return inPage(
    blank,
    async () => {
      const everything = await chrome.storage.session.get(null);
      const byId = new Map<string, { tabId: number; withRequestHeaders: boolean }>();
      const seen = new Set<object>();
      const visit = (value: unknown, depth: number): void => {
        // A value may be stored as its JSON text.
        if (typeof value === 'string' && value.startsWith('{')) {
          try {
            visit(JSON.parse(value), depth);
          } catch {
            // Not JSON: a plain string.
          }
          return;
        }
        if (!value || typeof value !== 'object' || depth > 8 || seen.has(value)) return;
        seen.add(value);
        const v = value as Record<string, unknown>;
        if (
          typeof v.id === 'string' &&
          typeof v.url === 'string' &&
          typeof v.statusCode === 'number' &&
          Array.isArray(v.responseHeaders)
        ) {
          const withHeaders = Array.isArray(v.requestHeaders) && v.requestHeaders.length > 0;
          const before = byId.get(v.id);
          byId.set(v.id, {
            tabId: typeof v.tabId === 'number' ? v.tabId : -1,
            withRequestHeaders: withHeaders || (before?.withRequestHeaders ?? false),
          });
          return;
        }
        for (const child of Object.values(v)) visit(child, depth + 1);
      };
      visit(everything, 0);
      return { bytes: await chrome.storage.session.getBytesInUse(null), calls: [...byId.values()] };
    },
    undefined,
  );
}

/** Polls the badge of `tabId` from the blank page (about every millisecond) until it is not empty. */
function badgeAppears(blank: Page, tabId: number, timeoutMs: number): Promise<{ at?: number; text: string }> {
  return inPage(
    blank,
    async ({ tabId, timeoutMs }) => {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const text = await chrome.action.getBadgeText({ tabId });
        if (text) return { at: performance.timeOrigin + performance.now(), text };
        await new Promise((r) => setTimeout(r, 1));
      }
      return { text: '' };
    },
    { tabId, timeoutMs },
  );
}

function badgeOf(blank: Page, tabId: number): Promise<string> {
  return blank.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
}

// ---------------------------------------------------------------------------------------------
// The worker, through CDP (Profiler and heap)

interface CpuProfile extends CpuProfileWithFrames {
  startTime: number;
}

async function attachWorker(arm: Arm): Promise<{ tunnel: TunnelSession; close(): Promise<void> }> {
  const browser = arm.context.browser();
  if (!browser || !arm.ext) throw new Error(`${arm.name}: no extension worker to attach to`);
  const session = await browser.newBrowserCDPSession();
  const prefix = `chrome-extension://${arm.ext.extensionId}/`;
  const findWorker = async () =>
    (await session.send('Target.getTargets')).targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(prefix),
    );
  let worker = await findWorker();
  if (!worker) {
    // Stopped after being idle: any message from an extension page starts it again.
    await arm.blank
      ?.evaluate(() => chrome.runtime.sendMessage({ type: 'bench-wake' }).catch(() => undefined))
      .catch(() => undefined);
    for (let i = 0; i < 50 && !worker; i++) {
      await sleep(100);
      worker = await findWorker();
    }
  }
  if (!worker) {
    await session.detach().catch(() => {});
    throw new Error(`${arm.name}: the extension's worker did not start`);
  }
  const tunnel = await TunnelSession.attach(session, worker.targetId);
  await tunnel.send('Profiler.enable');
  await tunnel.send('Profiler.setSamplingInterval', { interval: 100 });
  return {
    tunnel,
    close: async () => {
      await tunnel.detach();
      await session.detach().catch(() => {});
    },
  };
}

const BUCKET_US = 10_000;

/** Busy time (every sample but "(idle)") and the end of the last 10 ms bucket that was ≥ 10% busy. */
function analyse(profile: CpuProfile): { busyUs: number; lastBusyUs?: number } {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const buckets = new Map<number, number>();
  let busyUs = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const span = profile.timeDeltas[i + 1] ?? 0;
    if (idle.has(profile.samples[i] as number)) continue;
    busyUs += span;
    const bucket = Math.floor(t / BUCKET_US);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + span);
  }
  let lastBusyUs: number | undefined;
  for (const [bucket, us] of buckets) {
    if (us >= BUCKET_US / 10) lastBusyUs = Math.max(lastBusyUs ?? 0, (bucket + 1) * BUCKET_US);
  }
  return { busyUs, lastBusyUs };
}

interface WorkerActivity {
  /** Worker CPU from the start of `action` until the worker went quiet. */
  busyMs: number;
  /** From `action`'s end to the worker's last busy moment (≤ 0: it kept up with the page). */
  drainMs: number;
  /** Still busy when the wait ran out: drainMs is a lower bound. */
  stillBusy: boolean;
  heapBefore: number;
  heapPeak: number;
  heapAfter: number;
  /** The profiles taken, for where the time went. */
  profiles: CpuProfile[];
}

/**
 * Profiles the worker while `action` runs and until it has been quiet for 400 ms (in 500 ms windows),
 * sampling its JS heap every 100 ms. CPU profile timestamps and process.hrtime share the monotonic
 * clock on Linux, which is what lets the drain be measured against the moment `action` resolved.
 */
async function watchWorker(
  arm: Arm,
  action: () => Promise<unknown>,
  maxWaitMs = 120_000,
): Promise<WorkerActivity> {
  const { tunnel, close } = await attachWorker(arm);
  try {
    const heap = async () => (await tunnel.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    const heapBefore = await heap();
    let heapPeak = heapBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        heapPeak = Math.max(heapPeak, await heap().catch(() => 0));
        await sleep(100);
      }
    })();
    await tunnel.send('Profiler.start');
    await action();
    const doneUs = nowUs();
    let busyUs = 0;
    let lastBusyUs: number | undefined;
    let stillBusy = false;
    const profiles: CpuProfile[] = [];
    for (const deadline = Date.now() + maxWaitMs; ; ) {
      await sleep(500);
      const { profile } = await tunnel.send<{ profile: CpuProfile }>('Profiler.stop');
      profiles.push(profile);
      const window = analyse(profile);
      busyUs += window.busyUs;
      if (window.lastBusyUs !== undefined) lastBusyUs = Math.max(lastBusyUs ?? 0, window.lastBusyUs);
      // Quiet: the window began after the action and its last 400 ms had no busy 10 ms bucket.
      const quiet = window.lastBusyUs === undefined || window.lastBusyUs < nowUs() - 400_000;
      if (quiet && profile.startTime > doneUs) break;
      if (Date.now() > deadline) {
        stillBusy = true;
        break;
      }
      await tunnel.send('Profiler.start');
    }
    sampling = false;
    await sampler;
    const heapAfter = await heap();
    return {
      busyMs: busyUs / 1000,
      drainMs: ((lastBusyUs ?? doneUs) - doneUs) / 1000,
      stillBusy,
      heapBefore,
      heapPeak,
      heapAfter,
      profiles,
    };
  } finally {
    await close();
  }
}

/** How long the worker stayed busy after the page; "> …" when it was still busy at the end of the wait. */
function drained(activity: WorkerActivity): string {
  return `${activity.stillBusy ? '> ' : ''}${ms(Math.max(0, activity.drainMs))}`;
}

async function collectGarbageAndMeasure(arm: Arm): Promise<number> {
  const { tunnel, close } = await attachWorker(arm);
  try {
    await tunnel.send('HeapProfiler.collectGarbage');
    return (await tunnel.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
  } finally {
    await close();
  }
}

/** The service-worker thread of `arm`'s extension (started first if it was stopped). */
async function workerThreadOf(arm: Arm): Promise<ThreadRef | undefined> {
  const { close } = await attachWorker(arm);
  const session = await arm.context.browser()?.newBrowserCDPSession();
  try {
    return session && (await findWorkerThread(session));
  } finally {
    await session?.detach().catch(() => {});
    await close();
  }
}

/**
 * Source maps for naming profile frames: the same sources built again into a temp dir with hidden
 * maps (dist/ never holds maps: "Load unpacked" would ship the sources). Used only when that build's
 * worker chunks are byte for byte those of the dist under test, else frames are named by chunk.
 */
function sourceMapsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'c401-bench-maps-'));
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--sourcemap', 'hidden', '--outDir', dir, '--emptyOutDir', '--logLevel', 'silent'],
    { stdio: 'ignore' },
  );
  const sameCode = (file: string) => {
    try {
      return readFileSync(join(dir, file)).equals(readFileSync(join(distDir, file)));
    } catch {
      return false;
    }
  };
  const assets = (() => {
    try {
      return readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js'));
    } catch {
      return [];
    }
  })();
  if (built.status !== 0 || assets.length === 0 || !assets.every((f) => sameCode(join('assets', f)))) {
    console.log('(profile frames named by chunk: the source maps build differs from the dist under test)');
  }
  return dir;
}
const mapsDir = sourceMapsDir();
const nameFrame = frameNamer(mapsDir);

/** Prints the profiles' self time per call by source file and the top functions (µs per call). */
function whereTheTimeGoes(profiles: CpuProfile[], calls: number): void {
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const { frame, us } of selfTimes(profiles).values()) {
    if (frame.functionName === '(idle)') continue;
    const { file, name } = nameFrame(frame);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const fn = frame.url ? `${name} (${file.replace(/^.*\//, '')})` : file;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (totals: Map<string, number>, n: number) =>
    [...totals]
      .sort(([, a], [, b]) => b - a)
      .slice(0, n)
      .map(([name, us]) => `${name} ${(us / calls).toFixed(0)} µs`)
      .join(' · ');
  console.log(`    by file, per call: ${top(byFile, 8)}`);
  console.log(`    top functions, per call: ${top(byFunction, 8)}`);
}

/**
 * What Chrome itself charges the worker for what a capture must do, measured inside the extension's
 * worker with nothing else running there, `--cpu-calls` times each: `storage.session.set` of values
 * shaped as the store holds them now (the biggest stored object listing calls, the index, and one
 * stored call: found by shape, whatever the layout), the same values as JSON strings (what a
 * string encoding would cost, its `JSON.stringify` included), a small key, and one tab's badge text
 * and tooltip. Thread CPU (schedstat, µs) and round trip, per operation.
 */
async function chromeOwnCosts(arm: Arm, tabId: number): Promise<void> {
  const thread = await workerThreadOf(arm);
  const { tunnel, close } = await attachWorker(arm);
  const n = settings.cpuCalls;
  const usOf = (msValue: number) => `${(msValue * 1000).toFixed(0)} µs`;
  try {
    const evaluate = async <T>(expression: string): Promise<T | undefined> =>
      (
        await tunnel.send<{ result: { value?: T } }>('Runtime.evaluate', {
          expression,
          awaitPromise: true,
          returnByValue: true,
        })
      ).result.value;
    const probe = async (label: string, body: string) => {
      const before = thread && threadTimes(thread);
      const roundTrip = await evaluate<number>(`(async () => {
        const start = performance.now();
        for (let i = 0; i < ${n}; i++) { ${body} }
        return (performance.now() - start) / ${n};
      })()`);
      const after = thread && threadTimes(thread);
      const cpu = before && after ? `${usOf((after.runNs - before.runNs) / n / 1e6)} on a CPU · ` : '';
      line(`  ${label}`, `${cpu}round trip ${usOf(roundTrip ?? Number.NaN)}`);
    };
    const found = await evaluate<string>(`(async () => {
      const decoded = (v) => { try { return typeof v === 'string' && v.startsWith('{') ? JSON.parse(v) : v; } catch { return v; } };
      const stored = Object.values(await chrome.storage.session.get(null)).map(decoded);
      const listsCalls = (v) => v && typeof v === 'object' && Array.isArray(v.calls) ? v.calls.length : -1;
      globalThis.__benchIndex = stored.reduce((a, b) => (listsCalls(b) > listsCalls(a) ? b : a), undefined);
      globalThis.__benchCall = stored.find((v) => v && typeof v === 'object' && Array.isArray(v.responseHeaders));
      const size = (v) => v === undefined ? 'none' : (JSON.stringify(v).length / 1024).toFixed(1) + ' KiB';
      return size(globalThis.__benchIndex) + ' + ' + size(globalThis.__benchCall);
    })()`);
    console.log(`Chrome's own cost in the worker, per operation (mean of ${n}):`);
    await probe(
      `storage.session.set, index + call as stored (${found})`,
      "await chrome.storage.session.set({ 'bench:index': __benchIndex ?? {}, 'bench:call': __benchCall ?? {} });",
    );
    await probe(
      '  the same two as JSON strings',
      "await chrome.storage.session.set({ 'bench:index': JSON.stringify(__benchIndex ?? {}), 'bench:call': JSON.stringify(__benchCall ?? {}) });",
    );
    await probe(
      'storage.session.set, 100 bytes',
      "await chrome.storage.session.set({ 'bench:small': 'x'.repeat(100) + i });",
    );
    await probe(
      "one tab's badge text and tooltip",
      `await Promise.all([chrome.action.setBadgeText({ tabId: ${tabId}, text: String(i % 10) }), chrome.action.setTitle({ tabId: ${tabId}, title: 'bench ' + i })]);`,
    );
    await evaluate(
      `Promise.all([chrome.storage.session.remove(['bench:index', 'bench:call', 'bench:small']), chrome.action.setBadgeText({ tabId: ${tabId}, text: '' })])`,
    );
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------------------------------------
// Popup first render

const RENDER_MARKS = {
  call: '[data-call]',
  check: '[data-check]',
  verdict: '[data-diagnosis]:not([data-signature="pending"])',
};

/** Installed before the page's own scripts: notes when each selector first matches (ms since navigation). */
const RENDER_OBSERVER = `(() => {
  const marks = {};
  const selectors = ${JSON.stringify(RENDER_MARKS)};
  globalThis.__benchRender = marks;
  const look = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** What a page's first render took: the observer's marks, the page's own, the scripts it loaded before its first check. */
interface RenderRecord {
  marks: Partial<Record<keyof typeof RENDER_MARKS, number>>;
  /** The page's own `performance.mark`s (the popup's `popup:*`), ms since navigation. */
  own: Record<string, number>;
  /** Paths of the scripts requested before the first `[data-check]`. */
  scripts: string[];
}

async function firstRender(
  context: BrowserContext,
  url: string,
  waitFor: Array<keyof typeof RENDER_MARKS>,
): Promise<RenderRecord> {
  const page = await context.newPage();
  // Extension pages' scripts are not in the resource timing buffer: their requests are taken from
  // the DevTools protocol instead, with their wall-clock start.
  const cdp = await context.newCDPSession(page);
  const requested: Array<{ url: string; wallMs: number }> = [];
  cdp.on('Network.requestWillBeSent', (event) =>
    requested.push({ url: event.request.url, wallMs: (event.wallTime ?? 0) * 1000 }),
  );
  await cdp.send('Network.enable');
  try {
    await page.addInitScript(RENDER_OBSERVER);
    await page.goto(url);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const marks = await page.evaluate(
        () => (globalThis as unknown as { __benchRender?: Record<string, number> }).__benchRender ?? {},
      );
      if (waitFor.every((name) => marks[name] !== undefined) || Date.now() > deadline) {
        const { own, origin } = await page.evaluate(() => {
          const own: Record<string, number> = {};
          for (const mark of performance.getEntriesByType('mark')) own[mark.name] = mark.startTime;
          return { own, origin: performance.timeOrigin };
        });
        const checkAt = origin + (marks.check ?? Number.POSITIVE_INFINITY);
        const scripts = requested
          .filter((request) => request.url.endsWith('.js') && request.wallMs <= checkAt)
          .map((request) => new URL(request.url).pathname);
        return { marks, own, scripts };
      }
      await sleep(50);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Raw and gzip bytes of the built files at `paths` (URL paths within the extension). */
function scriptBytes(paths: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(extDir, path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** A condition's popup rounds: the observer's marks, the popup's own marks, the blank page's first element. */
interface PopupRender {
  popup: Record<string, number[]>;
  own: Record<string, number[]>;
  /** The last round's scripts loaded before the first check. */
  scripts: string[];
  blank: number[];
  /** The reference pages' first element (`FLOOR_PAGES`). */
  floors: Record<FloorPage, number[]>;
}

/** The popup's own marks (src/popup/startup.ts, mount.tsx), in the order they come. */
const POPUP_MARKS = [
  ['popup:start', 'code start'],
  ['popup:reads', 'reads in'],
  ['popup:code', 'code in'],
  ['popup:rendered', 'rendered'],
] as const;

// ---------------------------------------------------------------------------------------------
// Set-up

const started = Date.now();
const fake = await startFakeAws();
const app = await startAppServer();
const pool = createUserPool({ region: 'eu-west-1' });
fake.addUserPool(pool);
const API_ID = 'bench0401x';
fake.addRestApi({
  apiId: API_ID,
  stage: 'prod',
  authorizer: { userPoolIds: [pool.poolId] },
  cors: true,
  routes: [{ method: 'GET', resource: '/orders/{id}' }],
});
const validToken = `Bearer ${pool.mintIdToken()}`;
const expiredToken = `Bearer ${pool.expiredIdToken()}`;
const url200 = fake.apiUrl(API_ID, '/orders/200');
const url401 = fake.apiUrl(API_ID, '/orders/401');

const extDir = copyDist('c401-bench-ext-');
const floorDir = writeFloorExtension();
const arms: Arm[] = [];
const cleanup = async () => {
  for (const arm of arms) await arm.close();
  await app.close();
  await fake.close();
  rmSync(extDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(mapsDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup().finally(() => process.exit(130));
});

try {
  for (const name of ['extension', 'none', 'floor'] as const) {
    if (name === 'none') {
      const bare = await launchBare(fake.port);
      arms.push({ name, context: bare.context, app: await bare.context.newPage(), close: bare.close });
    } else {
      const ext = await launchWithExtension({
        distDir: name === 'floor' ? floorDir : extDir,
        fakeAwsPort: fake.port,
      });
      const appPage = ext.context.pages()[0] ?? (await ext.context.newPage());
      arms.push({ name, context: ext.context, app: appPage, ext, close: ext.close });
    }
  }
  const [extArm, , floorArm] = arms as [Arm, Arm, Arm];
  const ext = extArm.ext as ExtensionBrowser;
  const sw = ext.serviceWorker;
  const blank = await extArm.context.newPage();
  await blank.goto(`chrome-extension://${ext.extensionId}/${BLANK_PAGE}`);
  extArm.blank = blank;
  const popupUrl = (tabId: number) =>
    `chrome-extension://${ext.extensionId}/${readPopupPath(extDir).replace(/^\//, '')}?tab=${tabId}`;
  for (const arm of arms) await arm.app.goto(app.url());

  const version = extArm.context.browser()?.version() ?? '?';
  const floorListeners = await (floorArm.ext as ExtensionBrowser).serviceWorker.evaluate(
    () => (globalThis as unknown as { __benchFloorListeners: unknown[] }).__benchFloorListeners,
  );
  console.log(
    `bench:browser  ${new Date(started).toISOString()}  Chromium ${version}  ${cpus().length} cores  load ${loadAverage()}`,
  );
  console.log(`settings ${JSON.stringify(settings)}`);
  console.log('floor extension registers:');
  for (const l of floorListeners as Array<{ event: string; filter: unknown; extraInfoSpec?: unknown }>) {
    console.log(`  ${l.event} ${JSON.stringify(l.filter)} ${JSON.stringify(l.extraInfoSpec ?? [])}`);
  }
  if (floorListeners.length === 0) console.log('  (none: the floor arm equals "none")');

  /**
   * Waits until the worker has been quiet for a whole profiler window (it may still be working
   * through a backlog: with a count bound, the stored count alone cannot tell) and returns how long
   * that took and how many calls are stored then.
   */
  const settle = async (): Promise<{ count: number; busyForMs: number }> => {
    const activity = await watchWorker(extArm, async () => {});
    return { count: (await storedCalls(blank)).calls.length, busyForMs: Math.max(0, activity.drainMs) };
  };

  // -------------------------------------------------------------------------------------------
  // 1. Page time, arms alternating round by round (the order rotates too)
  if (runs('page')) {
    console.log(
      `\n# page time: ${settings.calls} calls, median of ${settings.rounds} rounds, arms alternating`,
    );
    const scenarios = [
      {
        label: `${settings.calls} sequential 200s`,
        url: url200,
        token: validToken,
        concurrency: 1,
        expect: '200',
      },
      {
        label: `${settings.calls} 200s, ${settings.concurrency}-way`,
        url: url200,
        token: validToken,
        concurrency: settings.concurrency,
        expect: '200',
      },
      {
        label: `${settings.calls} sequential 401s`,
        url: url401,
        token: expiredToken,
        concurrency: 1,
        expect: 'network-error',
      },
      {
        label: `${settings.calls} 401s, ${settings.concurrency}-way`,
        url: url401,
        token: expiredToken,
        concurrency: settings.concurrency,
        expect: 'network-error',
      },
    ];
    for (const arm of arms) {
      for (const s of scenarios) await makeCalls(arm.app, s.url, s.token, 20, s.concurrency); // warm connections, preflight cache
    }
    const timings = new Map<string, number[]>();
    const drains = new Map<string, number[]>();
    const unexpected = new Set<string>();
    /**
     * The arms' order in a round: rotated round by round, and every other three rounds reversed.
     * A rotation alone keeps the cyclic order (extension, none, floor), so the extension always ran
     * right after the floor and the floor right after none: whatever one browser's run leaves for
     * the machine to finish fell on the same next arm every time.
     */
    const armOrder = (round: number): Arm[] => {
      const rotated = arms.map((_, k) => arms[(round + k) % arms.length] as Arm);
      return Math.floor(round / arms.length) % 2 === 0 ? rotated : rotated.reverse();
    };
    for (let round = 0; round < settings.rounds; round++) {
      process.stderr.write(`  page-time round ${round + 1}/${settings.rounds}\r`);
      for (const s of scenarios) {
        for (const arm of armOrder(round)) {
          const result = await makeCalls(arm.app, s.url, s.token, settings.calls, s.concurrency);
          // A worker still busy with this run would slow the next arm's: wait, and note for how long.
          // The other arms pause as long, so no arm starts right after another's run more often.
          if (arm === extArm)
            drains.set(s.label, [...(drains.get(s.label) ?? []), (await settle()).busyForMs]);
          else await sleep(ARM_PAUSE_MS);
          if ((result.outcomes[s.expect] ?? 0) !== settings.calls)
            unexpected.add(`${s.label} in ${arm.name}: ${JSON.stringify(result.outcomes)}`);
          const key = `${s.label}|${arm.name}`;
          timings.set(key, [...(timings.get(key) ?? []), result.ms]);
        }
      }
    }
    process.stderr.write('\n');
    for (const s of scenarios) {
      const m = (name: ArmName) => median(timings.get(`${s.label}|${name}`) ?? []);
      const [e, n, f] = [m('extension'), m('none'), m('floor')];
      line(
        s.label,
        `ext ${ms(e)} · none ${ms(n)} · floor ${ms(f)} | ext/none ${ratio(e, n)} · floor/none ${ratio(f, n)} · ext/floor ${ratio(e, f)}`,
      );
      // The same ratios round by round (the arms of one round run back to back): their spread is
      // this benchmark's noise, against which a ratio of medians is to be read.
      const perRound = (a: ArmName, b: ArmName) => {
        const [x, y] = [timings.get(`${s.label}|${a}`) ?? [], timings.get(`${s.label}|${b}`) ?? []];
        const ratios = x.map((value, i) => value / (y[i] ?? Number.NaN));
        return `median ${median(ratios).toFixed(2)}×, middle half ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}× (min ${quantile(ratios, 0).toFixed(2)}, max ${quantile(ratios, 1).toFixed(2)})`;
      };
      line(`  ext/floor round by round`, perRound('extension', 'floor'));
      line(`  floor/none round by round`, perRound('floor', 'none'));
      line(`  extension worker busy after the page`, ms(median(drains.get(s.label) ?? [])));
    }
    for (const u of unexpected) console.log(`  warning: unexpected outcomes, ${u}`);
  }

  // Closing the tab drops its calls: the store is empty again for what follows.
  await extArm.app.close();
  const afterPageTime = await settle();

  // -------------------------------------------------------------------------------------------
  // Helpers for the extension arm

  /** A new tab on the test app, with its tab id. */
  const newAppTab = async (): Promise<{ page: Page; tabId: number }> => {
    const page = await extArm.context.newPage();
    await page.goto(app.url());
    return { page, tabId: await tabIdOf(sw, page) };
  };

  const badgeSamples = async (): Promise<number[]> => {
    const latencies: number[] = [];
    for (let i = 0; i < settings.badgeSamples; i++) {
      const { page, tabId } = await newAppTab();
      const seen = badgeAppears(blank, tabId, 10_000);
      await sleep(20); // the poll is running before the call is made
      const call = await makeCalls(page, url401, expiredToken, 1, 1);
      const badge = await seen;
      latencies.push(badge.at === undefined ? Number.POSITIVE_INFINITY : badge.at - call.doneAt);
      await page.close();
      await sleep(100); // the tab's calls are dropped on close
    }
    return latencies;
  };
  const badgeLine = (label: string, latencies: number[]) => {
    const missed = latencies.filter((l) => !Number.isFinite(l)).length;
    line(
      label,
      `p50 ${ms(median(latencies))} · p95 ${ms(quantile(latencies, 0.95))}${missed ? ` · ${missed} no badge within 10 s` : ''}`,
    );
  };

  /** The worker thread's own CPU per call (no profiler) while `page` makes `--cpu-calls` sequential 401s. */
  const threadCpuPerCall = async (
    arm: Arm,
    page: Page,
    url = url401,
    token = expiredToken,
  ): Promise<ThreadTimes | undefined> => {
    const thread = await workerThreadOf(arm);
    if (!thread) return undefined;
    const times = await threadCpuDuring(thread, () => makeCalls(page, url, token, settings.cpuCalls, 1));
    return times && { runNs: times.runNs / settings.cpuCalls, waitNs: times.waitNs / settings.cpuCalls };
  };

  /**
   * Worker CPU per captured call, three ways, each in a fresh tab of `--cpu-calls` sequential 401s:
   * the thread's CPU time (no profiler), the same calls in the floor extension (what Chrome costs a
   * worker whose listeners do nothing), and the profiler's sampled busy time with where it went.
   * `keepTabs`: the tabs stay open (their calls stay stored) and are returned; otherwise each is
   * closed before the next pass, so every pass starts from the same store.
   */
  const cpuPerCall = async (label: string, keepTabs: boolean): Promise<Page[]> => {
    const tabs: Page[] = [];
    const done = async (page: Page) => {
      if (keepTabs) tabs.push(page);
      else await page.close();
      await settle();
    };
    const first = await newAppTab();
    const thread = await threadCpuPerCall(extArm, first.page);
    await done(first.page);
    const floor = await threadCpuPerCall(floorArm, floorArm.app);
    const second = await newAppTab();
    const activity = await watchWorker(extArm, () =>
      makeCalls(second.page, url401, expiredToken, settings.cpuCalls, 1),
    );
    await done(second.page);
    const cpu = (t: ThreadTimes | undefined) =>
      t ? `${ms(t.runNs / 1e6)} on a CPU (+${ms(t.waitNs / 1e6)} waiting for one)` : 'n/a (no /proc)';
    line(`worker thread CPU per captured call, ${label}`, cpu(thread));
    line(`  floor extension, same 401s (Chrome's own)`, cpu(floor));
    if (!keepTabs) {
      // A 200 is not captured: the extension's listeners note its request headers, then drop
      // them with the answer. Same measurement, same calls in both workers: what page time
      // cannot resolve (the targets on 200s are within its noise) shows here.
      const tab = await newAppTab();
      const ok = await threadCpuPerCall(extArm, tab.page, url200, validToken);
      await tab.page.close();
      const okFloor = await threadCpuPerCall(floorArm, floorArm.app, url200, validToken);
      line(`worker thread CPU per 200 (not captured)`, cpu(ok));
      line(`  floor extension, same 200s (Chrome's own)`, cpu(okFloor));
      const sampledTab = await newAppTab();
      const okActivity = await watchWorker(extArm, () =>
        makeCalls(sampledTab.page, url200, validToken, settings.cpuCalls, 1),
      );
      await sampledTab.page.close();
      line(`worker CPU per 200, sampled`, ms(okActivity.busyMs / settings.cpuCalls));
      whereTheTimeGoes(okActivity.profiles, settings.cpuCalls);
    }
    line(
      `worker CPU per captured call, sampled, ${label}`,
      `${ms(activity.busyMs / settings.cpuCalls)} (worker busy ${drained(activity)} after the page)`,
    );
    whereTheTimeGoes(activity.profiles, settings.cpuCalls);
    return tabs;
  };

  const popupRender = async (tabId: number): Promise<PopupRender> => {
    const popup: Record<string, number[]> = { call: [], check: [], verdict: [] };
    const own: Record<string, number[]> = {};
    let scripts: string[] = [];
    const blankTimes: number[] = [];
    const floors: Record<FloorPage, number[]> = { script: [], read: [] };
    // The four pages take turns, the order rotating round by round, so a load spike hits each.
    const pages = ['popup', 'blank', 'script', 'read'] as const;
    for (let round = 0; round < settings.popupRounds; round++) {
      const order = pages.map((_, k) => pages[(round + k) % pages.length] as (typeof pages)[number]);
      for (const which of order) {
        if (which === 'blank') {
          const marks = await firstRender(
            extArm.context,
            `chrome-extension://${ext.extensionId}/${BLANK_PAGE}`,
            ['check'],
          );
          blankTimes.push(marks.marks.check ?? Number.NaN);
        } else if (which !== 'popup') {
          const marks = await firstRender(
            extArm.context,
            `chrome-extension://${ext.extensionId}/${floorPage(which)}`,
            ['check'],
          );
          floors[which].push(marks.marks.check ?? Number.NaN);
        } else {
          const record = await firstRender(extArm.context, popupUrl(tabId), ['call', 'check', 'verdict']);
          for (const name of ['call', 'check', 'verdict'] as const)
            popup[name]?.push(record.marks[name] ?? Number.NaN);
          for (const [mark] of POPUP_MARKS) {
            own[mark] = [...(own[mark] ?? []), record.own[mark] ?? Number.NaN];
          }
          scripts = record.scripts;
        }
      }
    }
    return { popup, own, scripts, blank: blankTimes, floors };
  };
  const popupLines = (label: string, r: PopupRender) => {
    const b = median(r.blank);
    const [call, check, verdict] = [
      median(r.popup.call ?? []),
      median(r.popup.check ?? []),
      median(r.popup.verdict ?? []),
    ];
    const [script, read] = [median(r.floors.script), median(r.floors.read)];
    line(`popup ${label}: first [data-call]`, `${ms(call)} (${ratio(call, b)} of blank)`);
    line(
      `popup ${label}: first [data-check]`,
      `${ms(check)} (${ratio(check, b)} of blank · ${ratio(check, script)} of script · ${ratio(check, read)} of read)`,
    );
    line(`popup ${label}: signature verdict shown`, `${ms(verdict)} (${ratio(verdict, b)} of blank)`);
    line(
      `popup ${label}: its own marks`,
      POPUP_MARKS.map(([mark, name]) => `${name} ${ms(median(r.own[mark] ?? []))}`).join(' · '),
    );
    const bytes = scriptBytes(r.scripts);
    line(
      `popup ${label}: JS before the first check`,
      `${r.scripts.length} files, ${(bytes.raw / 1024).toFixed(1)} KiB raw, ${(bytes.gzip / 1024).toFixed(1)} KiB gzip`,
    );
    line(`blank extension page: first element`, ms(b));
    line(`  one-script page: first element`, `${ms(script)} (${ratio(script, b)} of blank)`);
    line(`  script reading storage once: first element`, `${ms(read)} (${ratio(read, b)} of blank)`);
  };

  // -------------------------------------------------------------------------------------------
  // 2. Empty store
  if (runs('badge') || runs('worker') || runs('popup'))
    console.log(
      `\n# extension, empty store (${afterPageTime.count} calls stored once the page-time tab closed; the worker was busy ${ms(afterPageTime.busyForMs)} more)`,
    );
  if (runs('badge'))
    badgeLine(`401 → badge, empty store (${settings.badgeSamples} tabs)`, await badgeSamples());
  if (runs('worker')) await cpuPerCall(`store empty→${settings.cpuCalls}`, false);
  if (runs('popup')) {
    const { page, tabId } = await newAppTab();
    await makeCalls(page, url401, expiredToken, 1, 1);
    await sleep(200);
    popupLines('with 1 call', await popupRender(tabId));
    await page.close();
  }

  // -------------------------------------------------------------------------------------------
  // 3. Full store: tabs of 50 401s each until the stored count stops growing (the store bound)
  await settle();
  const fillTabs: Array<{ page: Page; tabId: number }> = [];
  let stored = (await settle()).count;
  const needsFullStore = runs('worker') || runs('badge') || runs('popup');
  for (let i = 0; i < (needsFullStore ? 12 : 0); i++) {
    const tab = await newAppTab();
    fillTabs.push(tab);
    await makeCalls(tab.page, url401, expiredToken, 50, 1);
    const { count } = await settle();
    if (count <= stored) break;
    stored = count;
  }
  const full = await storedCalls(blank);
  if (needsFullStore)
    console.log(
      `\n# extension, full store: ${full.calls.length} calls, ${mib(full.bytes)} in storage.session, ${fillTabs.length} tabs of 50`,
    );
  // The two tabs stay open until the burst, so the store stays full for the lines below.
  const cpuTabs = runs('worker') ? await cpuPerCall('store full', true) : [];
  if (runs('worker')) {
    const { page, tabId } = await newAppTab();
    await chromeOwnCosts(extArm, tabId);
    await page.close();
  }
  if (runs('badge'))
    badgeLine(`401 → badge, full store (${settings.badgeSamples} tabs)`, await badgeSamples());
  if (fillTabs.length > 0 && (runs('badge') || runs('popup'))) {
    // The newest tab holds the most calls (older ones lost theirs to the total bound).
    const perTab = (tabId: number) => full.calls.filter((c) => c.tabId === tabId).length;
    const fullest = fillTabs.reduce((a, b) => (perTab(b.tabId) >= perTab(a.tabId) ? b : a));
    const popup = await extArm.context.newPage();
    await popup.goto(popupUrl(fullest.tabId));
    // The popup's own start (render, signature check) runs on the main thread the blank page polls
    // the badge from (one process for every extension page): sample once it is done, not during it.
    await popup
      .waitForSelector(RENDER_MARKS.verdict, { state: 'attached', timeout: 10_000 })
      .catch(() => undefined);
    await sleep(500);
    if (runs('badge')) badgeLine('401 → badge, full store, popup open', await badgeSamples());
    await popup.close();
    if (runs('popup'))
      popupLines(
        `with the store full (${perTab(fullest.tabId)} calls in its tab)`,
        await popupRender(fullest.tabId),
      );
  }

  // -------------------------------------------------------------------------------------------
  // 4. Burst
  for (const tab of fillTabs) await tab.page.close();
  for (const page of cpuTabs) await page.close();
  if (runs('burst')) {
    const before = (await settle()).count;
    const heapGcBefore = await collectGarbageAndMeasure(extArm);
    const { page, tabId } = await newAppTab();
    const burstUrl = fake.apiUrl(API_ID, '/orders/burst');
    const fromServer = () =>
      fake.requests.filter((r) => r.path.endsWith('/orders/burst') && r.response?.status === 401).length;
    const serverBefore = fromServer();
    const activity = await watchWorker(extArm, () =>
      makeCalls(page, burstUrl, expiredToken, settings.burst, settings.burst),
    );
    const answered = fromServer() - serverBefore;
    const after = await storedCalls(blank);
    const inTab = after.calls.filter((c) => c.tabId === tabId);
    const heapGcAfter = await collectGarbageAndMeasure(extArm);
    console.log(
      `\n# extension, burst of ${settings.burst} 401s in one tab (all at once), ${before} calls stored before`,
    );
    line('401s answered by the stand-in', String(answered));
    line('badge text', JSON.stringify(await badgeOf(blank, tabId)));
    line('calls stored for the tab / in total', `${inTab.length} / ${after.calls.length}`);
    line('stored without request headers', String(inTab.filter((c) => !c.withRequestHeaders).length));
    line('worker busy after the page', drained(activity));
    line(
      'worker CPU for the burst',
      `${ms(activity.busyMs)} (${ms(activity.busyMs / settings.burst)} per call)`,
    );
    line(
      'worker JS heap before / peak / after',
      `${mib(activity.heapBefore)} / ${mib(activity.heapPeak)} / ${mib(activity.heapAfter)} (after GC: ${mib(heapGcBefore)} → ${mib(heapGcAfter)})`,
    );
    await page.close();
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s, load ${loadAverage()}`);
} finally {
  await cleanup();
}
