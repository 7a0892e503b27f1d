import { expect, test } from 'vitest';
import type { Segment } from '../../../src/core/i18n/render';
import { UI_EN } from '../../../src/core/i18n/uiStrings';
import { UI_JA } from '../../../src/core/i18n/uiStringsJa';
import { englishWords } from '../../shared/englishWords';

type Tree = { [key: string]: unknown };

/** Every leaf as `path: kind`, where a function's kind carries its arity. */
function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (Array.isArray(value)) return [`${path}: segments`];
    if (typeof value === 'object' && value !== null) return shape(value as Tree, `${path}.`);
    return [`${path}: ${typeof value}`];
  });
}

/** Every leaf's words, functions called with sample arguments. */
function words(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') {
      const sample = (value as (...args: unknown[]) => unknown)(3, 'prod');
      return [[path, String(sample)]];
    }
    // Segments (help lines): their text, code spans included.
    if (Array.isArray(value)) return [[path, (value as Segment[]).map((segment) => segment.text).join('')]];
    if (typeof value === 'object' && value !== null) return words(value as Tree, `${path}.`);
    return [[path, String(value)]];
  });
}

test('UI_JA has exactly the keys of UI_EN, with the same kinds and function arities', () => {
  expect(shape(UI_JA).sort()).toEqual(shape(UI_EN).sort());
});

/** Names that read the same in both editions. */
const NAMES = new Set(['Cognito 401 Doctor', 'AWS CLI', 'UTC', 'API', 'API ID']);
/** Words that only join other words (a label and an age): their punctuation is all they add. */
const JOINERS = new Set(['configSource.withAge']);

test('every Japanese UI word is filled in, and is Japanese unless it is a name', () => {
  for (const [path, text] of words(UI_JA)) {
    expect(text.trim(), path).not.toBe('');
    expect(text, path).not.toMatch(/undefined|NaN|\[object /);
    if (!NAMES.has(text) && !JOINERS.has(path)) expect(text, path).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
});

test('the Japanese functions put their arguments in', () => {
  expect(UI_JA.tabLabel(12)).toBe('タブ 12');
  expect(UI_JA.maskedToken(1234)).toContain('1234');
  expect(UI_JA.options.apiLabel('a1b2c3d4e5', undefined)).toBe('API a1b2c3d4e5（すべてのステージ）');
  expect(UI_JA.options.apiLabel('a1b2c3d4e5', 'prod')).toBe('API a1b2c3d4e5（ステージ prod）');
  expect(UI_JA.options.entryProblem(2)).toBe('2 番目の項目：');
  expect(UI_JA.siteNotWatched('https://app.example.com')).toContain('https://app.example.com');
});

test('the Japanese options page words hold no English outside code, values aside', () => {
  // Functions get identifier-like samples: what they put in is the user's data, shown as entered.
  const prose = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function')
      return [String((value as (...args: unknown[]) => unknown)(3, 'a1b2c3d4e5'))];
    if (Array.isArray(value)) {
      return (value as Segment[]).filter((segment) => segment.kind === 'text').map((segment) => segment.text);
    }
    if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(prose);
    return [];
  };
  for (const text of [...prose(UI_JA.options), ...prose(UI_JA.configSource)]) {
    expect(englishWords(text), text).toEqual([]);
  }
});
