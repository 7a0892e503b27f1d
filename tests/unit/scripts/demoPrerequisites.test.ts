import { describe, expect, test } from 'vitest';
import { launchFailureLine, missingForDemo } from '../../../scripts/demoPrerequisites';

const built = (path: string) => path === '/repo/dist/manifest.json';
const base = { distDir: '/repo/dist', headless: false, platform: 'linux' as const, exists: built };

describe('missingForDemo', () => {
  test('no build: says to run npm run build, before anything about the display', () => {
    expect(missingForDemo({ ...base, env: {}, exists: () => false })).toBe(
      'No built extension in /repo/dist: run `npm run build` first.',
    );
  });

  test.each([
    [{}, false, 'linux', true],
    [{ DISPLAY: '' }, false, 'linux', true],
    [{ DISPLAY: ':0' }, false, 'linux', false],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, false, 'linux', false],
    [{}, true, 'linux', false],
    [{}, false, 'darwin', false],
    [{}, false, 'win32', false],
  ] as const)('env %j, headless %s, on %s: asks for --headless → %s', (env, headless, platform, asks) => {
    const line = missingForDemo({ ...base, env, headless, platform });
    if (asks) expect(line).toMatch(/DISPLAY is not set.*--headless/);
    else expect(line).toBeUndefined();
  });
});

describe('launchFailureLine', () => {
  test("Chromium's missing X server, buried in its log, becomes one line suggesting --headless", () => {
    const error = new Error(
      'browserType.launchPersistentContext: Target page, context or browser has been closed\nBrowser logs:\n\n' +
        '[pid=1][err] Missing X server or $DISPLAY\n[pid=1][err] The platform failed to initialize.',
    );
    const line = launchFailureLine(error);
    expect(line).toContain('--headless');
    expect(line).not.toContain('\n');
  });

  test('no Chromium: the first line of the advice', () => {
    expect(launchFailureLine(new Error('Chromium not found at /x. Install it\nmore'))).toBe(
      'Chromium not found at /x. Install it',
    );
  });

  test('anything else: its first non-empty line, never a stack', () => {
    expect(launchFailureLine(new Error('\nboom\n    at foo (bar.ts:1:1)'))).toBe(
      'Chromium could not start: boom',
    );
    expect(launchFailureLine('plain')).toBe('Chromium could not start: plain');
  });
});
