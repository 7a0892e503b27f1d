import type { CallSummary } from '../../core/capture/captureStore';
import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { extensionVersion } from '../../platform/extensionInfo';
import { loadCapturedCall } from '../../platform/sessionCaptureStore';
import { downloadText } from '../../ui-shared/download';
import { ui } from '../words';

interface Props {
  calls: readonly CallSummary[];
  configs: readonly ApiConfig[];
}

/**
 * Downloads the listed calls as a HAR (CHECKS.md "Hand-offs"): `exportHar` removes every JWT's
 * signature, the secrets of SIGNIN.md and cookies. Configured identity headers are redacted like
 * `Authorization`.
 */
export function HarExportButton({ calls, configs }: Props) {
  const download = async () => {
    // The list holds summaries; each call is read from storage only now, when it is exported.
    // The exporter is loaded only now too: it is not on the popup's first screen.
    const [loaded, { exportHar }] = await Promise.all([
      Promise.all(calls.map((summary) => loadCapturedCall(summary.id).catch(() => undefined))),
      import('../../core/har/exportHar'),
    ]);
    const full = loaded.filter((call): call is CapturedCall => call !== undefined);
    const identityHeaders = configs.flatMap((config) =>
      config.identityHeader ? [config.identityHeader] : [],
    );
    const har = exportHar(full, { version: extensionVersion(), identityHeaders });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    downloadText(`401-doctor-${stamp}.har`, JSON.stringify(har, null, 2));
  };
  return (
    <button type="button" data-har-export title={ui.handoff.exportHarTitle} onClick={() => void download()}>
      {ui.handoff.exportHar}
    </button>
  );
}
