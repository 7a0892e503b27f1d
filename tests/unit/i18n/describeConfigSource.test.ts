import { expect, test } from 'vitest';
import type { ConfigSource, ConfigSourceKind } from '../../../src/core/config/model';
import { describeConfigSource } from '../../../src/core/i18n/describeConfigSource';
import { UI_EN } from '../../../src/core/i18n/uiStrings';
import { UI_JA } from '../../../src/core/i18n/uiStringsJa';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

test.each([
  ['get-export', 2 * MINUTE, 'imported from get-export, 2 min ago'],
  ['manual', 0, 'entered by hand, just now'],
  ['manual', 59 * SECOND, 'entered by hand, just now'],
  ['manual', -5 * MINUTE, 'entered by hand, just now'],
  ['get-authorizers', MINUTE, 'imported from get-authorizers, 1 min ago'],
  ['get-method', 59 * MINUTE + 59 * SECOND, 'imported from get-method, 59 min ago'],
  ['get-resources', HOUR, 'imported from get-resources, 1 h ago'],
  ['apigatewayv2-get-authorizers', 23 * HOUR, 'imported from apigatewayv2 get-authorizers, 23 h ago'],
  ['apigatewayv2-get-routes', DAY, 'imported from apigatewayv2 get-routes, 1 day ago'],
  ['config-file', 29 * DAY, 'imported from a configuration file, 29 days ago'],
  ['get-export', 45 * DAY, 'imported from get-export, on 2026-10-10'],
] as [ConfigSourceKind, number, string][])('%s, %i ms ago: %s', (kind, age, text) => {
  expect(describeConfigSource({ kind, updatedAt: NOW - age }, NOW, UI_EN.configSource)).toBe(text);
});

test('no source: not configured', () => {
  expect(describeConfigSource(undefined, NOW, UI_EN.configSource)).toBe('not configured');
});

test.each([
  [{ kind: 'get-export', updatedAt: NOW - 2 * MINUTE }, 'get-export から取り込み（2 分前）'],
  [{ kind: 'manual', updatedAt: NOW }, '手入力（たった今）'],
  [undefined, '未設定'],
] as [ConfigSource | undefined, string][])('in Japanese: %j → %s', (source, text) => {
  expect(describeConfigSource(source, NOW, UI_JA.configSource)).toBe(text);
});
