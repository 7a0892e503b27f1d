import type { CapturedCall } from '../../core/capture/types';
import { ui } from '../words';
import { CopyButton } from './CopyButton';

/**
 * Copy as cURL for one call (CHECKS.md "Hand-offs"): the token as `"$TOKEN"` by default, so the
 * command can go into a ticket; the real token only through a second, labelled button.
 */
export function CurlButtons({ call, identityHeader }: { call: CapturedCall; identityHeader?: string }) {
  // The command builder (and its secret redaction) is loaded on the first click, not with the popup.
  const build = async (token: 'placeholder' | 'real') => {
    const { buildCurlCommand } = await import('../../core/handoff/curlCommand');
    return buildCurlCommand(call, { token, ...(identityHeader !== undefined && { identityHeader }) }).text;
  };
  return (
    <div class="actions curl">
      <CopyButton
        hooks={{ 'data-copy-curl': '' }}
        label={ui.handoff.copyCurl}
        title={ui.handoff.copyCurlTitle}
        text={() => build('placeholder')}
      />
      <CopyButton
        hooks={{ 'data-copy-curl-real-token': '' }}
        label={ui.handoff.copyCurlReal}
        title={ui.handoff.copyCurlRealTitle}
        text={() => build('real')}
      />
    </div>
  );
}
