// What `npm run demo` and `npm run screenshots` need before they start anything, said in one line
// each: the usual failures (no build, no display) must not surface as a browser's stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoEnvironment {
  distDir: string;
  headless: boolean;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists?: (path: string) => boolean;
}

/** The one line saying what is missing, or undefined when the demo can start. */
export function missingForDemo({
  distDir,
  headless,
  platform,
  env,
  exists = existsSync,
}: DemoEnvironment): string | undefined {
  if (!exists(join(distDir, 'manifest.json')))
    return `No built extension in ${distDir}: run \`npm run build\` first.`;
  // On Linux a window needs an X or Wayland server; macOS and Windows always have a desktop.
  if (!headless && platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return 'No display to open a window on (DISPLAY is not set): run `npm run demo -- --headless` instead.';
  return undefined;
}

/**
 * One line for an error thrown while launching or driving Chromium. Playwright's messages carry the
 * browser's whole log; the cause a user can act on is picked out of it.
 */
export function launchFailureLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/Missing X server|cannot open display|no DISPLAY/i.test(text))
    return 'Chromium found no display to open a window on: run `npm run demo -- --headless` instead.';
  if (/Chromium not found/.test(text)) return text.split('\n')[0] ?? text;
  const first = text.split('\n').find((line) => line.trim() !== '') ?? text;
  return `Chromium could not start: ${first.trim()}`;
}
