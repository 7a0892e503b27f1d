import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type HarImportResult, importHar } from '../core/har/importHar';
import { type ImportNote, importNotes, percentRead, stepCount } from '../core/har/importNotes';
import type { HarProgress } from '../core/har/readHar';
import { EMPTY_SIGNIN_CONFIGURATION, signinHostsOf } from '../core/signin/appClientConfig';
import { newSalt, secretDigester } from '../core/signin/secretDigest';
import { signinDomainsSource } from '../platform/domainStore';
import { createPageJwksClient } from '../platform/pageJwks';
import { signinConfigurationSource } from '../platform/signinConfigStore';
import { CallBrowser } from '../popup/components/CallBrowser';
import { useApiConfigs } from '../popup/useCallConfiguration';
import { pageSignatureSource, SignatureSourceContext } from '../popup/useSignatureVerdict';
import { ui } from '../popup/words';
import { useStoredValue } from '../ui-shared/useStoredValue';

const NO_HOSTS: string[] = [];

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress: HarProgress }
  | { kind: 'done'; fileName: string; result: HarImportResult };

function noteText(note: ImportNote): string {
  switch (note.code) {
    case 'signatures-removed':
      return ui.har.signaturesRemoved;
    case 'no-authorization':
      return ui.har.noAuthorization;
    case 'dropped':
      return ui.har.dropped(note.count);
    case 'no-calls':
      return ui.har.noCalls;
  }
}

/**
 * The HAR page (CHECKS.md "Other pages that diagnose"): reads a file piece by piece with progress
 * (`importHar`), lists the calls the capture rule keeps with the popup's diagnosis view, and keeps
 * nothing: the calls live in this component's state and go when the page closes.
 */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const reading = useRef<AbortController | undefined>(undefined);
  const configs = useApiConfigs();
  const signinConfiguration = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION).value;
  // Custom sign-in domains: the imported pools' and those watched on the options page, as the capture reads them.
  const watchedSigninDomains = useStoredValue(signinDomainsSource, NO_HOSTS).value;
  // One JWKS client for the page's life: a pool's keys are fetched once, kept in memory only.
  const signatureSource = useMemo(() => pageSignatureSource(createPageJwksClient()), []);

  useEffect(() => () => reading.current?.abort(), []);

  const read = async (file: File) => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    const fileName = file.name;
    setPhase({
      kind: 'reading',
      fileName,
      progress: { bytesRead: 0, totalBytes: file.size, entriesRead: 0 },
    });
    // A salt for this file only, never stored: sign-in secrets are digested as the capture does, and
    // the digests tell "the same code twice" within the file and mean nothing outside it.
    const digest = await secretDigester(newSalt());
    const result = await importHar(file, {
      signal: controller.signal,
      signin: {
        digest,
        customDomains: [
          ...new Set([...signinConfiguration.pools.flatMap(signinHostsOf), ...watchedSigninDomains]),
        ],
      },
      onProgress: (progress) => {
        if (reading.current === controller) setPhase({ kind: 'reading', fileName, progress });
      },
    });
    if (reading.current === controller) setPhase({ kind: 'done', fileName, result });
  };

  const calls = useMemo(
    () => (phase.kind === 'done' ? phase.result.calls.map((found) => found.call) : []),
    [phase],
  );
  const signinRecords = phase.kind === 'done' ? phase.result.signin.records : [];

  return (
    <main>
      <header class="top">
        <h1>{ui.har.title}</h1>
      </header>
      <p class="intro">{ui.har.intro}</p>
      <p class="intro note">{ui.har.howToExport}</p>
      <div class="file-picker">
        <label for="har-file">{ui.har.fileLabel}</label>
        <input
          id="har-file"
          type="file"
          accept=".har,.json,application/json"
          data-har-import
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void read(file);
          }}
        />
        {phase.kind === 'reading' && (
          <button type="button" data-action="stop-reading" onClick={() => reading.current?.abort()}>
            {ui.har.stop}
          </button>
        )}
      </div>
      {phase.kind === 'reading' && <Progress progress={phase.progress} />}
      {phase.kind === 'done' && <Summary fileName={phase.fileName} result={phase.result} />}
      {phase.kind === 'done' && (calls.length > 0 || stepCount(phase.result) > 0) && (
        <SignatureSourceContext.Provider value={signatureSource}>
          <CallBrowser calls={calls} configs={configs} signinRecords={signinRecords} />
        </SignatureSourceContext.Provider>
      )}
    </main>
  );
}

function Progress({ progress }: { progress: HarProgress }) {
  const percent = percentRead(progress);
  const text = ui.har.reading(percent, progress.entriesRead);
  return (
    <div data-har-progress>
      <progress
        aria-label={text}
        max={progress.totalBytes ?? undefined}
        value={progress.totalBytes === undefined ? undefined : progress.bytesRead}
      />
      <p role="status">{text}</p>
    </div>
  );
}

function Summary({ fileName, result }: { fileName: string; result: HarImportResult }) {
  const status = result.scan.status === 'complete' ? undefined : ui.har.status[result.scan.status];
  return (
    <section class="notes" data-har-summary data-har-status={result.scan.status}>
      <p role="status">
        <span class="file-name">{fileName}</span>:{' '}
        {ui.har.summary(result.calls.length, result.scan.entriesRead, stepCount(result))}
      </p>
      {status !== undefined && <p class="error">{status}</p>}
      {importNotes(result).map((note) => (
        <p key={note.code} class="note" data-har-note={note.code}>
          {noteText(note)}
        </p>
      ))}
    </section>
  );
}
