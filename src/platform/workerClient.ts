import type { WorkerRequest, WorkerResponse } from '../core/messages';
import browser from './browser';

/** Sends a request to the service worker, which wakes it if it was stopped. */
export async function askWorker(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    const response = (await browser.runtime.sendMessage(request)) as WorkerResponse | undefined;
    return response ?? { ok: false, error: 'No answer from the service worker.' };
  } catch {
    return { ok: false, error: 'The service worker could not be reached.' };
  }
}
