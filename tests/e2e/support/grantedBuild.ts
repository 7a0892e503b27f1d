// A copy of the built extension whose manifest also grants some hosts. Chrome grants an unpacked
// extension's manifest host permissions at install, which is what a user's "Allow" on an optional
// host permission leaves behind too: `permissions.contains` answers true for them either way.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GrantedBuild {
  /** The copy's directory, to pass to `launchWithExtension({ distDir })`. */
  dir: string;
  remove(): void;
}

export function buildGrantingHosts(distDir: string, patterns: readonly string[]): GrantedBuild {
  const dir = mkdtempSync(join(tmpdir(), 'c401-granted-'));
  cpSync(distDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...patterns];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
