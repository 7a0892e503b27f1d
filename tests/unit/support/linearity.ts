/**
 * Growth ratio of a parser's cost from a 32 KB to a 64 KB input: about 2 when it is linear, about 4
 * when quadratic. A ratio, not a time, so that a slow or loaded machine does not fail the test.
 * Cost is this process's CPU time, not wall time: on a machine shared by many processes wall time
 * mostly measures waiting for a core (the median of wall-time ratios still swung past 3). Each
 * size's cost is the lowest of several alternating rounds: interference only ever adds.
 */

/** The ratio a linear parser stays under (2 plus room for noise; a quadratic one gives about 4). */
export const LINEAR_RATIO_LIMIT = 3.5;

const ROUNDS = 11;
/** Each timed batch runs at least this long, so that timer resolution does not matter. */
const MIN_BATCH_MS = 10;

type Work = () => unknown;

/** CPU time of this process (user and system) in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function timeBatch(work: Work, repeats: number): Promise<number> {
  const start = cpuMs();
  for (let i = 0; i < repeats; i++) {
    const result = work();
    if (result instanceof Promise) await result;
  }
  return cpuMs() - start;
}

/** `make(size)` builds the adversarial input of about `size` characters; `run` parses it. */
export async function growthRatio<T>(make: (size: number) => T, run: (input: T) => unknown): Promise<number> {
  const small = make(32 * 1024);
  const large = make(64 * 1024);
  // Warm up both shapes, then find how many repeats make a batch of the small input measurable.
  await timeBatch(() => run(small), 2);
  await timeBatch(() => run(large), 2);
  let repeats = 1;
  while (repeats < 1 << 16 && (await timeBatch(() => run(small), repeats)) < MIN_BATCH_MS) repeats *= 2;
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    smallMs = Math.min(smallMs, await timeBatch(() => run(small), repeats));
    largeMs = Math.min(largeMs, await timeBatch(() => run(large), repeats));
  }
  return largeMs / smallMs;
}
