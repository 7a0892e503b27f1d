// `npm run demo` says in one line what is missing and exits non-zero, and never leaves its browser
// profile behind: the script itself is run, as a user would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

let temps: string[] = [];
afterEach(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  temps = [];
});

/** Runs the demo with its own TMPDIR, so the profiles it makes (c401-demo-*) can be counted after. */
function runDemo(args: string[], env: Record<string, string | undefined>) {
  const tmp = mkdtempSync(join(tmpdir(), 'c401-demo-test-'));
  temps.push(tmp);
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    env: { ...rest, TMPDIR: tmp, ...env },
    encoding: 'utf8',
    timeout: 50_000,
  });
  const profiles = readdirSync(tmp).filter((name) => name.startsWith('c401-demo-'));
  return { ...result, profiles };
}

test('without a build: one line saying to run npm run build, non-zero exit', () => {
  const run = runDemo(['--dist=tests/no-such-build'], {});
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/run `npm run build`/)]);
});

test('without a display: one line suggesting --headless, non-zero exit', () => {
  const run = runDemo([], {});
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--headless/)]);
});

test('with a display that is not there: Chromium fails, one line, the profile is removed', () => {
  const run = runDemo([], { DISPLAY: ':987' });
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/no display.*--headless/)]);
  expect(run.profiles).toEqual([]);
});

test('--headless fires every scenario, prints the badge, exits 0 and removes the profile', () => {
  const run = runDemo(['--headless'], {});
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // Every scenario but the first (a valid token) fails: 401s, API Gateway's 403s and its 500, a call
  // on a custom domain name, and the four sign-in steps.
  expect(run.stdout).toMatch(/^Badge after 19 scenarios and 4 sign-ins: 22$/m);
  // The wrong-stage scenario is listed as the GET the app made (no preflight stood in for it), and
  // its cause is the failing route check.
  const listed = run.stdout.split('\n').filter((line) => line.startsWith('Listed: '));
  expect(listed.filter((line) => line.includes(' /dev/orders/1 '))).toEqual([
    'Listed: GET 403 /dev/orders/1 → route (fail)',
  ]);
  expect(listed.some((line) => line.startsWith('Listed: OPTIONS 403'))).toBe(false);
  // The custom domain's call is read through its base path mapping: the checks of the REST API's
  // stage prod run on it, and its expired token is the cause.
  expect(listed.filter((line) => line.includes(' /v1/orders/7 '))).toEqual([
    'Listed: GET 401 /v1/orders/7 → token.expiry (fail)',
  ]);
  expect(run.profiles).toEqual([]);
});
