import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { exportHar } from '../../core/har/exportHar';
import { extensionVersion } from '../../platform/extensionInfo';
import { downloadText } from '../../ui-shared/download';
import { ui } from '../words';

/**
 * Downloads `calls` as a HAR (CHECKS.md "Hand-offs"): `exportHar` removes every JWT's signature,
 * the secrets of SIGNIN.md and cookies. Configured identity headers are redacted like
 * `Authorization`.
 */
export function HarExportButton({
  calls,
  configs,
}: {
  calls: readonly CapturedCall[];
  configs: readonly ApiConfig[];
}) {
  const download = () => {
    const identityHeaders = configs.flatMap((config) =>
      config.identityHeader ? [config.identityHeader] : [],
    );
    const har = exportHar(calls, { version: extensionVersion(), identityHeaders });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    downloadText(`401-doctor-${stamp}.har`, JSON.stringify(har, null, 2));
  };
  return (
    <button type="button" data-har-export title={ui.handoff.exportHarTitle} onClick={download}>
      {ui.handoff.exportHar}
    </button>
  );
}
