import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  badgeTitle,
  badgeWordsFor,
  ENGLISH_BADGE_WORDS,
  JAPANESE_BADGE_WORDS,
} from '../../../src/core/i18n/badge';
import { en } from '../../../src/core/i18n/en';
import { ja } from '../../../src/core/i18n/ja';
import { LOCALES, pickLocale } from '../../../src/core/i18n/locale';
import { EDITIONS, editionFor } from '../../../src/core/i18n/registry';
import { UI_EN } from '../../../src/core/i18n/uiStrings';
import { UI_JA } from '../../../src/core/i18n/uiStringsJa';

test('the registry has one complete edition per locale, and nothing else', () => {
  expect(Object.keys(EDITIONS).sort()).toEqual([...LOCALES].sort());
  for (const locale of LOCALES) {
    const edition = editionFor(locale);
    expect(Object.keys(edition).sort()).toEqual(['badge', 'catalog', 'config', 'dateLocale', 'signin', 'ui']);
    expect(edition.badge).toBe(badgeWordsFor(locale));
  }
});

test('each edition holds its own language', () => {
  expect(editionFor('en')).toMatchObject({
    catalog: en,
    ui: UI_EN,
    badge: ENGLISH_BADGE_WORDS,
    dateLocale: undefined,
  });
  expect(editionFor('ja')).toMatchObject({
    catalog: ja,
    ui: UI_JA,
    badge: JAPANESE_BADGE_WORDS,
    dateLocale: 'ja-JP',
  });
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
  const forbidden = modules.filter(
    (file) =>
      file.startsWith('src/core/diagnosis/checks/') ||
      /^src\/core\/i18n\/(?!badge\.ts$|locale\.ts$)/.test(file) ||
      file === 'src/core/diagnosis/diagnose.ts' ||
      file === 'src/core/diagnosis/index.ts',
  );
  expect(forbidden).toEqual([]);
});
