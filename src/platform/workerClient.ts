import type { WorkerRequest, WorkerResponse } from '../core/messages';
import browser from './browser';

/**
 * Sends a request to the service worker, which wakes it if it was stopped. Never throws: a worker
 * that cannot be reached or does not answer comes back as `{ ok: false }`.
 */
export async function askWorker<Request extends WorkerRequest>(
  request: Request,
): Promise<WorkerResponse<Request['type']>> {
  try {
    const response = (await browser.runtime.sendMessage(request)) as
      | WorkerResponse<Request['type']>
      | undefined;
    return response ?? { ok: false, error: 'No answer from the service worker.' };
  } catch {
    return { ok: false, error: 'The service worker could not be reached.' };
  }
}
