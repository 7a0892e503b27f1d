// A copy of the built extension whose manifest also grants some hosts at install. Chrome grants an
// unpacked extension's manifest host permissions at install, which is what a user's "Allow" on an
// optional host permission leaves behind too (`permissions.contains` answers true either way); the
// tests use it because headless Chromium cannot answer the prompt that `permissions.request` shows.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface GrantedBuild {
  /** The copy's directory, to pass to `launchWithExtension({ distDir })`. */
  distDir: string;
  remove(): void;
}

/** The copy granting these match patterns (`https://login.example.test/*`). */
export function buildGrantingHosts(distDir: string, patterns: readonly string[]): GrantedBuild {
  const copy = mkdtempSync(join(tmpdir(), 'c401-granted-'));
  cpSync(resolve(distDir), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...patterns];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { distDir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/** The copy granting these https host names, as a user's grant of a custom domain would. */
export function grantedBuild(distDir: string, hosts: readonly string[]): GrantedBuild {
  return buildGrantingHosts(
    distDir,
    hosts.map((host) => `https://${host}/*`),
  );
}
