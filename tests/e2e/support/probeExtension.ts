// A throwaway MV3 extension for testing the harness itself (never the product): it records API Gateway
// responses seen by webRequest into chrome.storage.session, badges 401s, and its popup prints the active
// tab's URL (visible only with host access or an activeTab grant).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'c401 harness probe',
  version: '0.0.1',
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'sw.js' },
  permissions: ['activeTab', 'storage', 'webRequest'],
  host_permissions: ['http://localhost/*', 'https://*.amazonaws.com/*', 'https://*.amazonaws.com.cn/*'],
};

const SW = `
const API_HOST = /^[a-z0-9]+\\.execute-api\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$/;
let queue = Promise.resolve();
chrome.webRequest.onHeadersReceived.addListener((d) => {
  if (!API_HOST.test(new URL(d.url).hostname)) return;
  const entry = { url: d.url, method: d.method, status: d.statusCode, tabId: d.tabId,
    responseHeaderNames: (d.responseHeaders || []).map((h) => h.name) };
  queue = queue.then(async () => {
    const { seen = [] } = await chrome.storage.session.get('seen');
    seen.push(entry);
    await chrome.storage.session.set({ seen });
    if (d.statusCode === 401 && d.tabId >= 0) {
      const n = seen.filter((s) => s.status === 401 && s.tabId === d.tabId).length;
      await chrome.action.setBadgeText({ tabId: d.tabId, text: String(n) });
      await chrome.action.setTitle({ tabId: d.tabId, title: n + ' failing call(s)' });
    }
  });
}, { urls: ['https://*.amazonaws.com/*', 'https://*.amazonaws.com.cn/*'] }, ['responseHeaders', 'extraHeaders']);
`;

const POPUP_HTML = `<!doctype html><html><body><div id="out" data-probe="pending">pending</div>
<script src="popup.js"></script></body></html>`;

const POPUP_JS = `
chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => {
  const out = document.getElementById('out');
  out.textContent = 'url=' + (tabs[0] && tabs[0].url);
  out.dataset.probe = 'done';
});
`;

export interface ProbeExtension {
  dir: string;
  popupPath: string;
  remove(): void;
}

/** Writes the probe extension into a fresh temp dir. */
export function writeProbeExtension(): ProbeExtension {
  const dir = mkdtempSync(join(tmpdir(), 'c401-probe-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'sw.js'), SW);
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  writeFileSync(join(dir, 'popup.js'), POPUP_JS);
  return { dir, popupPath: 'popup.html', remove: () => rmSync(dir, { recursive: true, force: true }) };
}
