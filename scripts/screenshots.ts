// `npm run screenshots`: pictures of the popup for the README, made from the demo so they follow the
// code. Runs the demo's scenarios in a headless Chromium with the built extension and saves the
// popup in docs/screenshots/: light and dark, English and Japanese, as Chrome's largest popup
// (800 × 600) and as a narrow one (400 px wide).
//
//   npm run build && npm run screenshots
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  badgeText,
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  pollFor,
  readPopupPath,
  tabIdOf,
} from '../tests/e2e/support/browser';
import { launchFailureLine, missingForDemo } from './demoPrerequisites';
import { type DemoWorld, demoApiDomains, demoGrantedBuild, startDemoWorld } from './demoWorld';

const distDir = resolve('dist');
const outDir = resolve('docs/screenshots');

interface Shot {
  file: string;
  colorScheme: 'light' | 'dark';
  width: number;
  height: number;
  /** The path (as the call list shows it) of the call to select. */
  path: string;
}

const SHOTS: Record<'en' | 'ja', Shot[]> = {
  en: [
    { file: 'popup-light.png', colorScheme: 'light', width: 800, height: 600, path: '/prod/orders/1' },
    { file: 'popup-dark.png', colorScheme: 'dark', width: 800, height: 600, path: '/prod/reports' },
    { file: 'popup-narrow.png', colorScheme: 'light', width: 400, height: 600, path: '/orders' },
  ],
  ja: [{ file: 'popup-ja.png', colorScheme: 'light', width: 800, height: 600, path: '/prod/orders/1' }],
};

const missing = missingForDemo({ distDir, headless: true, platform: process.platform, env: process.env });
if (missing !== undefined) {
  console.error(missing);
  process.exit(1);
}

/**
 * Without a font that has Japanese glyphs the Japanese picture is empty boxes. Linux is where that
 * happens (fontconfig lists what is installed); elsewhere the system has one.
 */
function japaneseFontMissing(): boolean {
  if (process.platform !== 'linux') return false;
  const listed = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return listed.status !== 0 || listed.stdout.trim() === '';
}
if (japaneseFontMissing()) {
  console.error(
    'No font with Japanese glyphs (fc-list :lang=ja is empty): install one, e.g. `apt-get install fonts-noto-cjk`.',
  );
  process.exit(1);
}

/** Fires every scenario from the demo app, then opens the popup for that tab. */
async function popupAfterScenarios(browser: ExtensionBrowser, world: DemoWorld): Promise<Page> {
  await browser.serviceWorker.evaluate(
    (apiDomains) => chrome.storage.local.set({ apiDomains }),
    demoApiDomains(),
  );
  const page = await browser.context.newPage();
  await page.goto(world.demoUrl);
  const tabId = await tabIdOf(browser.serviceWorker, page);
  for (const { label } of world.scenarios) await page.getByRole('button', { name: label }).click();
  // Every scenario but the one that works ends in a captured failure.
  const failing = String(world.scenarios.length - 1);
  await pollFor(page, async () => (await badgeText(browser.serviceWorker, tabId)) === failing, 15_000);
  return openPopup(browser.context, browser.extensionId, readPopupPath(distDir), tabId);
}

async function shoot(popup: Page, shot: Shot): Promise<void> {
  await popup.setViewportSize({ width: shot.width, height: shot.height });
  await popup.emulateMedia({ colorScheme: shot.colorScheme });
  const row = popup.locator('[data-call]').filter({
    has: popup.locator('.path').getByText(shot.path, { exact: true }),
  });
  await row.first().click();
  await pollFor(popup, '[data-call][data-selected] ~ *, [data-diagnosis][data-signature="done"]', 10_000);
  await pollFor(popup, '[data-diagnosis][data-signature="done"]', 10_000);
  // Rows get their causes after the list is shown: wait until every row has one.
  await pollFor(
    popup,
    async () =>
      (await popup.locator('[data-call]:not([data-call-cause])').count()) === 0 &&
      (await popup.locator('[data-call]').count()) > 0,
    10_000,
  );
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: resolve(outDir, shot.file), scale: 'css' });
  console.log(`docs/screenshots/${shot.file}`);
}

mkdirSync(outDir, { recursive: true });
const world = await startDemoWorld();
// The demo's custom domain is granted as the headless demo grants it.
const granted = demoGrantedBuild(distDir);
let failed = false;
try {
  for (const [language, shots] of Object.entries(SHOTS)) {
    const browser = await launchWithExtension({
      distDir: granted.distDir,
      fakeAwsPort: world.fake.port,
      extraArgs: language === 'ja' ? ['--lang=ja', '--accept-lang=ja'] : [],
    });
    try {
      const popup = await popupAfterScenarios(browser, world);
      for (const shot of shots) await shoot(popup, shot);
    } finally {
      await browser.close();
    }
  }
} catch (error) {
  console.error(launchFailureLine(error));
  failed = true;
} finally {
  granted.remove();
  await world.close();
}
process.exit(failed ? 1 : 0);
