// A self-signed certificate for the fake AWS hosts, made with openssl at test time.
// Chromium is launched with --ignore-certificate-errors, so the names only matter for humans
// reading a capture; node clients in tests pass `rejectUnauthorized: false`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsMaterial {
  /** PEM private key. */
  key: string;
  /** PEM certificate. */
  cert: string;
}

const DEFAULT_NAMES = [
  'execute-api.eu-west-1.amazonaws.com',
  '*.execute-api.eu-west-1.amazonaws.com',
  '*.execute-api.us-east-1.amazonaws.com',
  'cognito-idp.eu-west-1.amazonaws.com',
  'cognito-idp.us-east-1.amazonaws.com',
  '*.example.test',
  'localhost',
];

let cached: TlsMaterial | undefined;

/**
 * Returns a self-signed certificate and key (generated once per process with
 * `openssl req -x509` in a temp dir that is removed straight away).
 */
export function selfSignedCert(names: string[] = DEFAULT_NAMES): TlsMaterial {
  if (cached && names === DEFAULT_NAMES) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'c401-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-days',
        '2',
        '-subj',
        '/CN=fake-aws.test',
        '-addext',
        `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')},IP:127.0.0.1`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const material = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
    if (names === DEFAULT_NAMES) cached = material;
    return material;
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') {
      throw new Error(
        'openssl was not found on PATH; the e2e tests need it to make a self-signed certificate ' +
          'for the fake AWS hosts. Install it (Debian/Ubuntu: `apt-get install -y openssl`, macOS: `brew install openssl`).',
      );
    }
    throw new Error(
      `openssl failed to create a self-signed certificate: ${err.stderr?.toString() ?? err.message}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
