// How a page reads. Fonts: the computed size and family of its text. Accessibility: axe-core, injected into an extension page through the test driver. Extension pages
// forbid inline scripts (their CSP), so the library is evaluated over the DevTools protocol, which
// the page's CSP does not govern, rather than added as a <script>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { englishWords } from '../../shared/englishWords';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/**
 * Runs axe in the page it is evaluated in: the WCAG 2.x A and AA rules and axe's best practices
 * that fail on the page as it is now (open details, expanded editors and all). An expression, so
 * that a page Playwright does not drive (DevTools' own targets) can run it too.
 */
const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    resultTypes: ['violations'],
  });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
})()`;

/** The violations of `AXE_RUN` on the page; an empty list means none. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(AXE_RUN) as Promise<AxeViolation[]>;
}

/**
 * The same, through an evaluator of the DevTools protocol (`realDevtools.ts`): the extension panel
 * inside real DevTools, which Playwright does not expose as a page. `Runtime.evaluate` is not
 * governed by the panel's CSP, as for `axeViolations`.
 */
export async function axeViolationsVia(
  evaluate: <T>(expression: string) => Promise<T>,
): Promise<AxeViolation[]> {
  if (!(await evaluate<boolean>(`typeof window.axe === 'object'`)))
    await evaluate<unknown>(`${AXE_SOURCE}\n;0`);
  return evaluate<AxeViolation[]>(AXE_RUN);
}

/** The stack of src/styles/theme.css, as Chromium reports a computed font-family. */
export const THEME_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif';

/** Computed font size and family of the first element `selector` matches. */
export async function computedFont(page: Page, selector: string): Promise<{ size: string; family: string }> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return { size: style.fontSize, family: style.fontFamily };
    });
}

/**
 * Everything the page says in prose: text nodes and tooltips outside code and form controls (which
 * hold AWS identifiers, commands, quoted values and what the user typed). Hidden text counts too:
 * folded checks are read as well as open ones; decoration hidden from assistive technology does not.
 */
export async function pageProse(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Status glyphs (✓ ✗ ! i –) are aria-hidden decoration beside their word, not words.
    const skip = 'code, textarea, input, select, option, script, style, [aria-hidden="true"]';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text !== '' && node.parentElement?.closest(skip) === null) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[title], [aria-label]')) {
      if (element.closest(skip) !== null) continue;
      for (const name of ['title', 'aria-label']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/**
 * The English words left in a Japanese page's prose, each with the line it is in. `data` are values
 * the page shows as they were sent or typed (an API id, an HTTP method): they are not words of the
 * edition. Every other Latin word must be a product name (`tests/shared/englishWords.ts`).
 */
export async function englishInProse(page: Page, data: Iterable<string> = []): Promise<string[]> {
  const allowed = new Set(data);
  return (await pageProse(page)).flatMap((line) =>
    englishWords(line)
      .filter((word) => !allowed.has(word))
      .map((word) => `${word} in "${line}"`),
  );
}
