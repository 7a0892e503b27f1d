// How the extension's pages look to a reader: text at the intended size and in the intended fonts
// (Chrome's stylesheet for extension pages shrinks body text to 75 % and swaps its font), light and
// dark, and no accessibility rule of axe-core broken in the states a user reaches.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { fire } from './support/appServer';
import { pollFor } from './support/browser';
import { newestCallOfTab } from './support/captures';
import { axeViolations, THEME_FONT_STACK as FONT_STACK, computedFont as font } from './support/pageChecks';
import { startWorld, type World } from './support/world';

const REST = 'pag3s0r3st';
const OPTIONS_PATH = 'src/options/index.html';

let world: World;

beforeAll(async () => {
  world = await startWorld();
  world.fake.addRestApi({
    apiId: REST,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    gatewayResponseCors: true,
    routes: [{ method: 'GET', resource: '/orders/{id}' }],
  });
});

afterEach(() => world.closeTabs());

afterAll(() => world?.close());

/** A tab of the test app that called the REST API with an expired ID token (a 401): the page and its tab id. */
async function tabWithFailedCall(): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await world.appTab();
  const outcome = await fire(page, {
    url: world.fake.apiUrl(REST, '/orders/1'),
    headers: { Authorization: world.pool.expiredIdToken(600) },
  });
  expect(outcome).toBe(401);
  return { page, tabId };
}

/** A popup diagnosing an expired ID token (failing and passing checks, a decoded token). */
async function diagnosedPopup(): Promise<Page> {
  const { tabId } = await tabWithFailedCall();
  await world.waitForBadge(tabId, '1');
  const popup = await world.openPopup(tabId);
  await pollFor(popup, '[data-diagnosis][data-signature="done"]');
  return popup;
}

/** The popup of a tab that made no call, before any call anywhere: the empty state. */
async function emptyPopup(): Promise<Page> {
  const { tabId } = await world.appTab();
  const popup = await world.openPopup(tabId);
  await pollFor(popup, '[data-empty]');
  return popup;
}

/**
 * The id of a captured call to the REST API, which "Configure this API" names in its link. Made
 * afresh in a tab left open: the worker drops a tab's calls when it closes, as afterEach does.
 */
async function restCallId(): Promise<string> {
  return newestCallOfTab(world.browser.serviceWorker, (await tabWithFailedCall()).tabId);
}

async function optionsPage(query = ''): Promise<Page> {
  const page = await world.browser.context.newPage();
  world.track(page);
  await page.goto(`chrome-extension://${world.browser.extensionId}/${OPTIONS_PATH}${query}`);
  await pollFor(page, '[data-loaded]');
  return page;
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/aws/${name}`, import.meta.url), 'utf8');
}

/** --bg of src/styles/theme.css in each scheme: proof that the scheme asked for is the one shown. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 25, 29)' } as const;

function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
  test('popup: body text at 13 px in the theme font, not Chrome’s 75 % fallback', async () => {
    const popup = await emptyPopup();
    await popup.emulateMedia({ colorScheme });
    expect(await background(popup)).toBe(BACKGROUND[colorScheme]);
    expect(await font(popup, 'body')).toEqual({ size: '13px', family: FONT_STACK });
    expect(await font(popup, '[data-empty]')).toEqual({ size: '13px', family: FONT_STACK });
  });

  test('options page: body text at 14 px in the theme font', async () => {
    const page = await optionsPage();
    await page.emulateMedia({ colorScheme });
    expect(await background(page)).toBe(BACKGROUND[colorScheme]);
    expect(await font(page, 'body')).toEqual({ size: '14px', family: FONT_STACK });
    expect(await font(page, '.intro')).toEqual({ size: '14px', family: FONT_STACK });
  });

  test('axe: the empty popup', async () => {
    const popup = await emptyPopup();
    await popup.emulateMedia({ colorScheme });
    expect(await axeViolations(popup)).toEqual([]);
  });

  test('axe: the popup with a diagnosed call, every check open', async () => {
    const popup = await diagnosedPopup();
    await popup.emulateMedia({ colorScheme });
    expect(await font(popup, '[data-check] summary')).toMatchObject({ size: '13px' });
    expect(await axeViolations(popup)).toEqual([]);
    // Folded checks are part of the page too: unfold the passing ones, open them all, look again.
    await popup.locator('[data-action="show-folded"]').click();
    await popup.locator('[data-check] details:not([open]) > summary').evaluateAll((summaries) => {
      for (const summary of summaries) (summary as HTMLElement).click();
    });
    expect(await axeViolations(popup)).toEqual([]);
  });

  test('axe: the options page with an editor open, and with an import preview', async () => {
    const page = await optionsPage(`?call=${await restCallId()}`);
    await page.emulateMedia({ colorScheme });
    await pollFor(page, '[data-config-editor="new"]');
    expect(await axeViolations(page)).toEqual([]);
    // get-method output does not name its resource path: the preview asks for it (data-import-needs).
    await page.fill('[data-import-text]', fixture('rest-get-method.json'));
    await page.click('[data-import-submit]');
    await pollFor(page, '[data-import-preview="get-method"] [data-import-needs]');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the axe helper does report a broken rule (so an empty list above means something)', async () => {
  const page = await optionsPage();
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(image);
  });
  expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
});

test('the keyboard shortcut that opens the popup is registered: Alt+Shift+D', async () => {
  const commands = await world.browser.serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(commands).toContainEqual(
    expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+D' }),
  );
});
