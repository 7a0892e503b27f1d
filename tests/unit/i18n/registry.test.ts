import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { badgeTitle } from '../../../src/core/i18n/badge';
import { ENGLISH_BADGE_WORDS } from '../../../src/core/i18n/badgeWordsEn';
import { JAPANESE_BADGE_WORDS } from '../../../src/core/i18n/badgeWordsJa';
import { CONFIG_WORDS_EN } from '../../../src/core/i18n/configMessagesEn';
import { CONFIG_WORDS_JA } from '../../../src/core/i18n/configMessagesJa';
import { en } from '../../../src/core/i18n/en';
import { ja } from '../../../src/core/i18n/ja';
import { LANGUAGES, LOCALES } from '../../../src/core/i18n/languages';
import { pickLocale } from '../../../src/core/i18n/locale';
import { loadEdition, loadWords } from '../../../src/core/i18n/registry';
import { SIGNIN_WORDS_EN } from '../../../src/core/i18n/signinWordsEn';
import { SIGNIN_WORDS_JA } from '../../../src/core/i18n/signinWordsJa';
import { UI_EN } from '../../../src/core/i18n/uiStrings';
import { UI_JA } from '../../../src/core/i18n/uiStringsJa';

test("the locales are the registry's entries, English first (the fallback)", () => {
  expect(LOCALES).toEqual(Object.keys(LANGUAGES));
  expect(LOCALES[0]).toBe('en');
});

test('every language loads a complete edition, and nothing else', async () => {
  for (const locale of LOCALES) {
    const edition = await loadEdition(locale);
    expect(Object.keys(edition).sort()).toEqual(['badge', 'catalog', 'config', 'dateLocale', 'signin', 'ui']);
    expect(edition.badge).toBe(LANGUAGES[locale].badge);
  }
});

test('each edition holds its own language', async () => {
  expect(await loadEdition('en')).toEqual({
    catalog: en,
    ui: UI_EN,
    config: CONFIG_WORDS_EN,
    signin: SIGNIN_WORDS_EN,
    badge: ENGLISH_BADGE_WORDS,
    dateLocale: undefined,
  });
  expect(await loadEdition('ja')).toEqual({
    catalog: ja,
    ui: UI_JA,
    config: CONFIG_WORDS_JA,
    signin: SIGNIN_WORDS_JA,
    badge: JAPANESE_BADGE_WORDS,
    dateLocale: 'ja-JP',
  });
});

test('a page loads only the parts it asks for', async () => {
  const words = await loadWords('ja', ['catalog', 'ui']);
  expect(Object.keys(words).sort()).toEqual(['badge', 'catalog', 'dateLocale', 'ui']);
  expect(words.catalog).toBe(ja);
  expect(words.ui).toBe(UI_JA);
});

test('every locale can be picked by its own tag; the first is the fallback', () => {
  for (const locale of LOCALES) expect(pickLocale([`${locale}-XX`])).toBe(locale);
  expect(pickLocale(['xx'])).toBe(LOCALES[0]);
});

test('the badge tooltip is looked up from the count', () => {
  expect(badgeTitle({ code: 'idle' }, ENGLISH_BADGE_WORDS)).toBe(ENGLISH_BADGE_WORDS.idle);
  expect(badgeTitle({ code: 'failing', count: 2, byStatus: [[401, 2]] }, JAPANESE_BADGE_WORDS)).toBe(
    JAPANESE_BADGE_WORDS.failing(2, [[401, 2]]),
  );
});

/**
 * Every project file the service worker loads, by following its static imports from the source
 * (`import type` is erased and skipped). The worker only finds a token in a stored call and
 * verifies it: a catalog or a check would load on every wake-up for nothing.
 */
function workerModules(): Set<string> {
  const root = resolve(__dirname, '../../..');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const target = join(dirname(file), match[1] ?? '');
      const candidates = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
      const found = candidates.find((candidate) => {
        try {
          readFileSync(join(root, candidate));
          return true;
        } catch {
          return false;
        }
      });
      if (found === undefined) throw new Error(`${file}: cannot resolve ${match[1]}`);
      visit(found);
    }
  };
  visit('src/background/worker.ts');
  return seen;
}

test('the service worker loads no catalog, no UI words and no check', () => {
  const modules = [...workerModules()];
  expect(modules).toContain('src/core/diagnosis/candidateToken.ts');
  expect(modules).toContain('src/core/i18n/badge.ts');
  expect(modules).toContain('src/core/i18n/languages.ts');
  const forbidden = modules.filter(
    (file) =>
      file.startsWith('src/core/diagnosis/checks/') ||
      // The registry and the badge words only: the registry's other parts are `import()`ed, which
      // this walk does not follow, and the worker never calls.
      /^src\/core\/i18n\/(?!badge\w*\.ts$|locale\.ts$|languages\.ts$)/.test(file) ||
      file === 'src/core/diagnosis/diagnose.ts' ||
      file === 'src/core/diagnosis/index.ts',
  );
  expect(forbidden).toEqual([]);
});
