/** Messages the popup and the options page send to the service worker. */
export type WorkerRequest =
  /** Forget the captured calls of one tab (or of the "other" group, tab -1) and clear its badge. */
  { type: 'clear-calls'; tabId: number };

export type WorkerResponse = { ok: true } | { ok: false; error: string };

export function isWorkerRequest(message: unknown): message is WorkerRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { type?: unknown; tabId?: unknown };
  return candidate.type === 'clear-calls' && typeof candidate.tabId === 'number';
}
