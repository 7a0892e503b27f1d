import { describe, expect, test } from 'vitest';
import type { ApiConfig } from '../../../src/core/config/model';
import {
  configForTarget,
  configKey,
  exactConfig,
  putConfig,
  removeConfig,
  replaceConfig,
  reviveApiConfigs,
} from '../../../src/core/config/storedConfigs';
import { POOL_A } from './testSupport';

function config(apiId: string, stage?: string, extra: Partial<ApiConfig> = {}): ApiConfig {
  return {
    apiId,
    ...(stage === undefined ? {} : { stage }),
    authorizerKind: 'cognito',
    identityHeader: 'Authorization',
    userPoolIds: [],
    clientIds: [],
    methods: [],
    source: { kind: 'manual', updatedAt: 1 },
    ...extra,
  };
}

test.each([
  [{ apiId: 'a1b2c3d4e5' }, 'a1b2c3d4e5'],
  [{ apiId: 'a1b2c3d4e5', stage: 'prod' }, 'a1b2c3d4e5/prod'],
  [{ apiId: 'a1b2c3d4e5', stage: '$default' }, 'a1b2c3d4e5/$default'],
])('configKey(%o) is %s', (target, key) => {
  expect(configKey(target)).toBe(key);
});

describe('reviveApiConfigs', () => {
  test.each([[undefined], [null], ['text'], [{ apiId: 'x' }], [42]])('%o is no list: empty', (value) => {
    expect(reviveApiConfigs(value)).toEqual([]);
  });

  test('keeps known fields only, so a stray token never comes back out', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl';
    const [revived] = reviveApiConfigs([{ ...config('a1b2c3d4e5', 'prod'), lastToken: token }]);
    expect(revived).toEqual(config('a1b2c3d4e5', 'prod'));
    expect(JSON.stringify(revived)).not.toContain(token);
  });

  test('skips entries without an API id and repairs lesser defects', () => {
    const revived = reviveApiConfigs([
      'not an object',
      { stage: 'prod' },
      { apiId: 'a1b2c3d4e5', authorizerKind: 'saml', userPoolIds: [POOL_A, 7, ''] },
    ]);
    expect(revived).toEqual([
      {
        apiId: 'a1b2c3d4e5',
        authorizerKind: 'cognito',
        identityHeader: 'Authorization',
        userPoolIds: [POOL_A],
        clientIds: [],
        methods: [],
        source: { kind: 'manual', updatedAt: 0 },
      },
    ]);
  });

  test('of two entries for one API and stage the later wins, at the earlier place', () => {
    const revived = reviveApiConfigs([
      config('a1b2c3d4e5', 'prod', { region: 'eu-west-1' }),
      config('f6g7h8i9j0'),
      config('a1b2c3d4e5', 'prod', { region: 'us-east-1' }),
    ]);
    expect(revived.map((entry) => [configKey(entry), entry.region])).toEqual([
      ['a1b2c3d4e5/prod', 'us-east-1'],
      ['f6g7h8i9j0', undefined],
    ]);
  });
});

describe('finding an entry', () => {
  const saved = [config('a1b2c3d4e5'), config('a1b2c3d4e5', '$default'), config('a1b2c3d4e5', 'prod')];

  test.each([
    ['its own stage first', 'prod', 'a1b2c3d4e5/prod'],
    ['then $default', 'dev', 'a1b2c3d4e5/$default'],
    ['$default for no stage', undefined, 'a1b2c3d4e5/$default'],
  ])('configForTarget: %s', (_what, stage, key) => {
    const found = configForTarget(saved, { apiId: 'a1b2c3d4e5', stage });
    expect(found && configKey(found)).toBe(key);
  });

  test('configForTarget: the every-stage entry when nothing closer exists', () => {
    const found = configForTarget([config('a1b2c3d4e5')], { apiId: 'a1b2c3d4e5', stage: 'prod' });
    expect(found && configKey(found)).toBe('a1b2c3d4e5');
    expect(configForTarget(saved, { apiId: 'zzzzzzzzzz' })).toBeUndefined();
  });

  test('exactConfig: only the same API and stage', () => {
    expect(exactConfig(saved, { apiId: 'a1b2c3d4e5', stage: 'dev' })).toBeUndefined();
    expect(exactConfig(saved, { apiId: 'a1b2c3d4e5' })).toBe(saved[0]);
  });
});

describe('replaceConfig and removeConfig', () => {
  const saved = [config('a1b2c3d4e5', 'prod'), config('f6g7h8i9j0')];

  test('an edit replaces its original in place', () => {
    const edited = config('a1b2c3d4e5', 'staging', { region: 'eu-west-1' });
    const result = replaceConfig(saved, { apiId: 'a1b2c3d4e5', stage: 'prod' }, edited);
    expect(result).toEqual({ ok: true, configs: [edited, saved[1]] });
  });

  test('a new entry is appended', () => {
    const added = config('k1l2m3n4o5');
    expect(replaceConfig(saved, undefined, added)).toEqual({ ok: true, configs: [...saved, added] });
  });

  test.each([
    ['a new entry', undefined],
    ['an edit', { apiId: 'a1b2c3d4e5', stage: 'prod' }],
  ])('%s cannot take the API and stage of another saved entry', (_what, original) => {
    const result = replaceConfig(saved, original, config('f6g7h8i9j0'));
    expect(result).toEqual({ ok: false, conflict: saved[1] });
  });

  test('removeConfig drops the entry for exactly that API and stage', () => {
    expect(removeConfig(saved, { apiId: 'a1b2c3d4e5' })).toEqual(saved);
    expect(removeConfig(saved, { apiId: 'a1b2c3d4e5', stage: 'prod' })).toEqual([saved[1]]);
  });
});

test('putConfig replaces the entry for the same API and stage in place, or appends', () => {
  const saved = [config('a1b2c3d4e5', 'prod'), config('a1b2c3d4e5'), config('f6g7h8i9j0')];
  const edited = config('a1b2c3d4e5', undefined, { region: 'eu-west-1' });
  expect(putConfig(saved, edited)).toEqual([saved[0], edited, saved[2]]);
  const added = config('a1b2c3d4e5', 'dev');
  expect(putConfig(saved, added)).toEqual([...saved, added]);
  // The input list is not changed.
  expect(saved).toHaveLength(3);
});
