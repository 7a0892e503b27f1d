import { test } from 'vitest';
import { en } from '../../src/core/i18n/en';
test('x', () => {
  for (const [id, codes] of Object.entries(en.checks)) for (const [code, e] of Object.entries(codes as Record<string, {fix?: string; headline?: string}>)) if (!e.fix) console.log('NOFIX', id, code, e.headline ? 'HAS-HEADLINE' : '');
});
