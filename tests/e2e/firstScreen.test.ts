// The answer first: for every call of the demo, the cause, its fix and the command (or setting)
// that applies are on the popup's first screen (Chrome's largest popup is 800 × 600); the call list,
// sign-in steps included, is one Tab stop driven by arrow keys; the states stay free of axe-core
// violations.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoWorld, demoApiDomains, demoGrantedBuild, startDemoWorld } from '../../scripts/demoWorld';
import {
  badgeText,
  type ExtensionBrowser,
  hostResolverRules,
  launchWithExtension,
  openPopup,
  pollFor,
  readPopupPath,
  tabIdOf,
} from './support/browser';
import { HOSTED_UI_HOST } from './support/fakeHostedUi';
import type { GrantedBuild } from './support/grantedBuild';
import { axeViolations } from './support/pageChecks';

const DIST = 'dist';
const FIRST_SCREEN = 600;
/** Rows of API calls, and rows of failing sign-in steps (listed with them, SIGNIN.md). */
const CALL_ROWS = '[data-call]:not([data-signin-step])';
const SIGNIN_ROWS = '[data-call][data-signin-step]';

let world: DemoWorld;
/** The demo's custom domain is granted as the headless demo grants it (demoGrantedBuild). */
let build: GrantedBuild;
let browser: ExtensionBrowser;
let popup: Page;
/**
 * Failing API calls: every scenario but the one that works ends in a captured failure, and the
 * scenarios aimed at the hosted UI's token endpoint fail as sign-in steps, not API calls.
 */
let failing: number;
/** Failing sign-in steps listed beside the calls, after following the demo's sign-in links. */
let signinRows: number;

beforeAll(async () => {
  world = await startDemoWorld();
  build = demoGrantedBuild(DIST);
  browser = await launchWithExtension({
    distDir: build.distDir,
    fakeAwsPort: world.fake.port,
    extraArgs: [`--host-resolver-rules=${hostResolverRules(world.fake.port, world.hostedUi.port)}`],
  });
  // Its base path mapping, as the demo saves it: the call names its API and stage.
  await browser.serviceWorker.evaluate(
    (apiDomains) => chrome.storage.local.set({ apiDomains }),
    demoApiDomains(),
  );
  const page = await browser.context.newPage();
  await page.goto(world.demoUrl);
  const tabId = await tabIdOf(browser.serviceWorker, page);
  for (const { label } of world.scenarios) await page.getByRole('button', { name: label }).click();
  const failedScenarios = world.scenarios.length - 1;
  failing = world.scenarios.filter(({ url }) => new URL(url).host !== HOSTED_UI_HOST).length - 1;
  await pollFor(
    page,
    async () => (await badgeText(browser.serviceWorker, tabId)) === String(failedScenarios),
    15_000,
  );
  // Then every sign-in link, as the demo's headless run does: each one's failure joins the badge.
  const links = await page
    .locator('#signin a')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  for (const href of links) {
    await page.goto(href);
    await page.waitForLoadState('load');
  }
  await pollFor(
    page,
    async () => (await badgeText(browser.serviceWorker, tabId)) === String(failedScenarios + links.length),
    15_000,
  );
  popup = await openPopup(browser.context, browser.extensionId, readPopupPath(DIST), tabId);
  await popup.setViewportSize({ width: 800, height: FIRST_SCREEN });
  await pollFor(popup, '[data-diagnosis]');
  // Rows get their causes after the list is shown (the calls are read then).
  await pollFor(
    popup,
    async () => (await popup.locator('[data-call][data-call-cause]').count()) === failing,
    10_000,
  );
  signinRows = await popup.locator(SIGNIN_ROWS).count();
});

afterAll(async () => {
  await browser?.close();
  build?.remove();
  await world?.close();
});

/** Selects the call of row `index` with the mouse and waits until its diagnosis has its verdict. */
async function select(index: number): Promise<string> {
  const row = popup.locator(CALL_ROWS).nth(index);
  const id = (await row.getAttribute('data-call')) ?? '';
  await row.click();
  await pollFor(popup, `[data-call-detail="${id}"] [data-diagnosis]:not([data-signature="pending"])`, 10_000);
  await popup.evaluate(() => window.scrollTo(0, 0));
  return id;
}

async function bottomOf(selector: string): Promise<number> {
  const box = await popup.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not shown`);
  return box.y + box.height;
}

describe('the first screen answers, for every demo scenario', () => {
  test('headline, fix and the command or setting that applies sit inside the first 600 px', async () => {
    expect(await popup.locator(CALL_ROWS).count()).toBe(failing);
    // The sign-in steps are listed too, in the same list; the API calls' rules below are theirs.
    expect(signinRows).toBeGreaterThan(0);
    expect(await popup.locator('[data-call]').count()).toBe(failing + signinRows);
    const seen: string[] = [];
    for (let index = 0; index < failing; index += 1) {
      await select(index);
      const path = (await popup.locator(CALL_ROWS).nth(index).locator('.path').textContent()) ?? '';
      const headline = (await popup.locator('[data-headline]').textContent()) ?? '';
      expect(headline.trim(), path).not.toBe('');
      expect(await bottomOf('[data-headline]'), `${path}: headline`).toBeLessThanOrEqual(FIRST_SCREEN);
      expect(await bottomOf('[data-fix]'), `${path}: fix`).toBeLessThanOrEqual(FIRST_SCREEN);
      const action = popup.locator('[data-answer-action]');
      if ((await action.count()) > 0) {
        // The command's Copy button, or the "Configure this API" button, must be reachable too.
        expect(await bottomOf('[data-answer-action]'), `${path}: action`).toBeLessThanOrEqual(FIRST_SCREEN);
        seen.push(`${path} ${await action.getAttribute('data-answer-action')}`);
      }
      // When the headline's check offers a command, the first screen carries exactly that one.
      const check = await popup.locator('[data-headline]').getAttribute('data-headline-check');
      const commands = popup.locator(`[data-check="${check}"] pre`);
      if (check && (await commands.count()) > 0) {
        expect(await action.getAttribute('data-answer-action'), path).toBe('command');
        expect(await action.locator('pre').textContent(), path).toBe(await commands.first().textContent());
        expect(await action.locator('[data-action="copy-command"]').count(), path).toBe(1);
      }
    }
    expect(seen.filter((entry) => entry.endsWith('command')).length).toBeGreaterThanOrEqual(3);
    // The call nothing decides offers the configuration that would decide it.
    expect(seen.some((entry) => entry.endsWith('configure'))).toBe(true);
  });

  test('a decided headline is styled by its status; an undecided one is neutral, never success green', async () => {
    for (let index = 0; index < failing; index += 1) {
      await select(index);
      const headline = popup.locator('.headline');
      const check = await popup.locator('[data-headline]').getAttribute('data-headline-check');
      const classes = (await headline.getAttribute('class')) ?? '';
      if (check === '') {
        expect(classes).toContain('undecided');
        expect(
          await popup.locator('[data-answer-action="configure"] [data-action="configure-api"]').count(),
        ).toBe(1);
        expect(await popup.locator('[data-fix]').textContent()).toContain(
          "Import this API's configuration to check scopes and audiences",
        );
      } else {
        expect(classes).toMatch(/status-(fail|warn)/);
      }
      expect(classes).not.toContain('status-pass');
    }
  });

  test('failing checks are surfaced under the headline without data-check; the full list keeps the contract', async () => {
    await select(0);
    const surfaced = await popup.locator('[data-surfaced-check]').count();
    const failingInList = await popup
      .locator('[data-check][data-status="fail"], [data-check][data-status="warn"]')
      .count();
    expect(surfaced).toBe(failingInList);
    expect(
      await popup.locator('[data-surfaced-check][data-check], [data-surfaced-check] [data-check]').count(),
    ).toBe(0);
    // Every check is still there, in order, passing ones folded (hidden, not removed).
    const ids = await popup
      .locator('[data-check]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-check')));
    expect(ids.length).toBeGreaterThanOrEqual(17);
    const hiddenPassing = popup.locator('[data-check][data-status="pass"]');
    if ((await hiddenPassing.count()) > 0) {
      expect(await hiddenPassing.first().isVisible()).toBe(false);
      const toggle = popup.locator('[data-action="show-folded"]');
      expect(await toggle.textContent()).toMatch(/\d+ checks? passed, \d+ did not apply/);
      await toggle.click();
      expect(await hiddenPassing.first().isVisible()).toBe(true);
      await toggle.click();
    }
  });

  test('the failing claim is highlighted in the decoded token', async () => {
    const rows = popup.locator('[data-call]');
    const expired = rows.filter({ hasText: 'expired token' }).first();
    await expired.click();
    await pollFor(popup, '[data-diagnosis][data-signature="done"]', 10_000);
    expect(await popup.locator('[data-claim="exp"]').getAttribute('data-claim-flagged')).toBe('fail');
    expect(await popup.locator('[data-claim="iat"]').getAttribute('data-claim-flagged')).toBeNull();
  });
});

describe('a header that holds no token (CHECKS.md token.decode)', () => {
  test('"Bearer undefined": token.decode fails, the token checks after it skip, the value stays out of view', async () => {
    const row = popup.locator('[data-call]').filter({ hasText: '/prod/orders/5' });
    await row.click();
    await pollFor(popup, '[data-diagnosis]:not([data-signature="pending"])', 10_000);
    const status = (id: string) => popup.locator(`[data-check="${id}"]`).getAttribute('data-status');
    expect(await status('header.format')).toBe('fail');
    expect(await status('token.decode')).toBe('fail');
    for (const id of ['token.alg', 'token.issuer', 'token.expiry', 'token.use'])
      expect(await status(id), id).toBe('skip');
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('header.format');
    expect(
      await popup.locator('[data-token="undecodable"] [data-token-decode-error]').textContent(),
    ).toContain('no JWT');
  });
});

describe('the call list', () => {
  test('rows say the cause in a few words and how long ago', async () => {
    const texts = await popup.locator('[data-call]').allTextContents();
    expect(texts.some((text) => text.includes('expired token'))).toBe(true);
    expect(texts.some((text) => text.includes('no token sent'))).toBe(true);
    for (const text of texts) expect(text).toMatch(/just now|\d+ s ago|\d+ min ago/);
  });

  test('one Tab stop; arrow keys, Home and End move and select; the focus ring is drawn inside the row', async () => {
    expect(await popup.locator('[data-call][tabindex="0"]').count()).toBe(1);
    await popup.locator('[data-call]').first().click();
    await popup.locator('[data-call]').first().focus();
    const focusedCall = () => popup.evaluate(() => document.activeElement?.getAttribute('data-call') ?? null);
    const ids = await popup
      .locator('[data-call]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-call')));

    await popup.keyboard.press('ArrowDown');
    expect(await focusedCall()).toBe(ids[1]);
    expect(await popup.locator('[data-call][data-selected]').getAttribute('data-call')).toBe(ids[1]);
    await popup.keyboard.press('End');
    expect(await focusedCall()).toBe(ids[ids.length - 1]);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedCall()).toBe(ids[ids.length - 1]);
    await popup.keyboard.press('Home');
    expect(await focusedCall()).toBe(ids[0]);
    await popup.keyboard.press('ArrowUp');
    expect(await focusedCall()).toBe(ids[0]);
    expect(await popup.locator('[data-call][tabindex="0"]').count()).toBe(1);

    // Keyboard focus shows a ring, inside the row so the scrolling list cannot cut it.
    await popup.keyboard.press('ArrowDown');
    const ring = await popup.evaluate(() => {
      const row = document.activeElement as HTMLElement;
      const style = getComputedStyle(row);
      return { style: style.outlineStyle, width: style.outlineWidth, offset: style.outlineOffset };
    });
    expect(ring).toEqual({ style: 'solid', width: '2px', offset: '-2px' });

    // Tab leaves the list in one step. (The selected call's detail loads from storage: wait for
    // it, or the element Tab reaches may be replaced under the focus.)
    await pollFor(
      popup,
      `[data-call-detail="${ids[1]}"] [data-diagnosis]:not([data-signature="pending"])`,
      10_000,
    );
    await popup.keyboard.press('Tab');
    expect(await focusedCall()).toBeNull();
    await popup.keyboard.press('Shift+Tab');
    expect(await focusedCall()).toBe(ids[1]);
  });

  test('more than five calls bring a filter box', async () => {
    const filter = popup.locator('[data-call-filter]');
    expect(await filter.count()).toBe(1);
    await filter.fill('expired');
    const texts = await popup.locator('[data-call]').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(failing);
    for (const text of texts) expect(text.toLowerCase()).toContain('expired');
    await filter.fill('');
    expect(await popup.locator(CALL_ROWS).count()).toBe(failing);
    expect(await popup.locator(SIGNIN_ROWS).count()).toBe(signinRows);
  });
});

describe.each(['light', 'dark'] as const)('axe, %s', (colorScheme) => {
  test('first screen, a sign-in step, undecided headline, opened fold and a filtered list: 0 violations', async () => {
    await popup.emulateMedia({ colorScheme });
    await select(0);
    expect(await axeViolations(popup)).toEqual([]);
    // A sign-in step's detail, selected from the same list.
    await popup.locator(SIGNIN_ROWS).first().click();
    await pollFor(popup, '[data-call-detail] [data-diagnosis][data-signin-step]', 10_000);
    expect(await axeViolations(popup)).toEqual([]);
    // The list decides without the signature verdict; the detail may still find a bad signature.
    const undecided = popup.locator('[data-call][data-call-cause="undecided"]');
    let found = false;
    for (let index = 0; index < (await undecided.count()) && !found; index += 1) {
      await undecided.nth(index).click();
      await pollFor(popup, '[data-diagnosis]:not([data-signature="pending"])', 10_000);
      found = (await popup.locator('.headline.undecided').count()) === 1;
    }
    expect(found).toBe(true);
    await popup.locator('[data-action="show-folded"]').click();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('[data-action="show-folded"]').click();
    await popup.locator('[data-call-filter]').fill('no such call');
    await pollFor(popup, '[data-call-filter-empty]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('[data-call-filter]').fill('');
  });
});
