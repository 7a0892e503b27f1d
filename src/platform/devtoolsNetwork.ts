import type { DevtoolsContent } from '../core/har/panelCalls';

/** One request DevTools recorded: its HAR entry, and its response body on demand. */
export interface RecordedRequest {
  entry: unknown;
  content(): Promise<DevtoolsContent | undefined>;
}

export interface DevtoolsNetwork {
  /** What DevTools recorded before now (`getHAR`): a panel opened late still sees earlier calls. */
  recorded(): Promise<RecordedRequest[]>;
  /** Each request as it finishes; returns the function that stops listening. */
  onFinished(listener: (request: RecordedRequest) => void): () => void;
}

/** How long to wait for `getContent`: DevTools never answers for some requests (a discarded body). */
const CONTENT_TIMEOUT_MS = 3000;

function recordedRequest(request: chrome.devtools.network.Request): RecordedRequest {
  return {
    entry: request,
    content: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), CONTENT_TIMEOUT_MS);
        try {
          request.getContent((text, encoding) => {
            clearTimeout(timer);
            resolve({ text, encoding });
          });
        } catch {
          clearTimeout(timer);
          resolve(undefined);
        }
      }),
  };
}

/**
 * `chrome.devtools.network` for the panel: no host permission needed, it sees every request of the
 * inspected tab. Undefined outside DevTools (the API exists only in DevTools' own pages).
 */
export function devtoolsNetwork(): DevtoolsNetwork | undefined {
  const network = globalThis.chrome?.devtools?.network;
  if (network === undefined) return undefined;
  return {
    recorded: () =>
      new Promise((resolve) => {
        try {
          network.getHAR((log) => {
            // Chrome gives each entry of `getHAR` the `getContent` of a finished request.
            const entries = (log?.entries ?? []) as chrome.devtools.network.Request[];
            resolve(entries.map(recordedRequest));
          });
        } catch {
          resolve([]);
        }
      }),
    onFinished: (listener) => {
      const handler = (request: chrome.devtools.network.Request) => listener(recordedRequest(request));
      network.onRequestFinished.addListener(handler);
      return () => network.onRequestFinished.removeListener(handler);
    },
  };
}
