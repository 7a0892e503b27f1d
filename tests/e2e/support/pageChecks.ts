// How a page reads. Fonts: the computed size and family of its text. Accessibility: axe-core, injected into an extension page through the test driver. Extension pages
// forbid inline scripts (their CSP), so the library is evaluated over the DevTools protocol, which
// the page's CSP does not govern, rather than added as a <script>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
