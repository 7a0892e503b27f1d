import type { IndexHtmlTransformContext, Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadDynamicEntry } from '../../../scripts/preloadDynamicEntry';

const HTML = `<html><head>
    <script type="module" crossorigin src="/assets/entry.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared.js">
  </head><body></body></html>`;

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
});

const BUNDLE = {
  'assets/entry.js': chunk('assets/entry.js', ['assets/shared.js'], '/p/src/popup/main.tsx'),
  'assets/shared.js': chunk('assets/shared.js', []),
  'assets/mount.js': chunk('assets/mount.js', ['assets/screen.js'], '/p/src/popup/mount.tsx'),
  'assets/screen.js': chunk('assets/screen.js', ['assets/shared.js', 'assets/util.js']),
  'assets/util.js': chunk('assets/util.js', ['assets/screen.js']),
  'assets/words-en.js': chunk('assets/words-en.js', [], '/p/src/core/i18n/en.ts'),
  'assets/style.css': { type: 'asset' as const, fileName: 'assets/style.css' },
} as unknown as Rolldown.OutputBundle;

function transform(path: string, bundle: Rolldown.OutputBundle | undefined = BUNDLE): string {
  const plugin = preloadDynamicEntry('src/popup/index.html', 'src/popup/mount.tsx');
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => string;
  };
  return hook.handler(HTML, { path, filename: path, bundle } as unknown as IndexHtmlTransformContext);
}

const preloads = (html: string) =>
  [...html.matchAll(/rel="modulepreload" crossorigin href="\/([^"]+)"/g)].map((match) => match[1]);

describe('preloadDynamicEntry', () => {
  it('adds the dynamic module and what it imports, once each, never what the page already loads', () => {
    const html = transform('/src/popup/index.html');
    expect(preloads(html)).toEqual([
      'assets/shared.js',
      'assets/mount.js',
      'assets/screen.js',
      'assets/util.js',
    ]);
    // A dynamically imported chunk of the module (the words) is left to its import.
    expect(html).not.toContain('words-en');
    expect(html.indexOf('assets/mount.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves other pages alone, and fails the build when the module has no chunk', () => {
    expect(transform('/src/har/index.html')).toBe(HTML);
    const without = Object.fromEntries(
      Object.entries(BUNDLE).filter(([name]) => name !== 'assets/mount.js'),
    ) as Rolldown.OutputBundle;
    expect(() => transform('/src/popup/index.html', without)).toThrow(/no chunk for src\/popup\/mount\.tsx/);
  });
});
