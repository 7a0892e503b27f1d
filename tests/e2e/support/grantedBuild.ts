// A copy of the built extension whose manifest also grants the given hosts at install: how the tests
// stand for a user's grant of a custom domain (`optional_host_permissions`), since headless Chromium
// cannot answer the permission prompt that `permissions.request` shows.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface GrantedBuild {
  distDir: string;
  remove(): void;
}

export function grantedBuild(distDir: string, hosts: readonly string[]): GrantedBuild {
  const copy = mkdtempSync(join(tmpdir(), 'c401-granted-'));
  cpSync(resolve(distDir), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    ...hosts.map((host) => `https://${host}/*`),
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { distDir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}
