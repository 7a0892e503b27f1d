import type { CapturedCall } from '../../core/capture/types';
import type { CallConfiguration } from '../../core/config/model';
import { guessAuthorizer, readResponse } from '../../core/diagnosis/responseFacts';
import { describeConfigSource } from '../../core/i18n/describeConfigSource';
import { optionsQueryFor } from '../../core/options/optionsQuery';
import { openOptionsPage } from '../../platform/optionsPage';
import { ui } from '../words';

interface Props {
  /** The call as `withStageRead` read it. */
  call: CapturedCall;
  /** From `useCallConfiguration(call).config`; undefined when the API is not configured. */
  config: CallConfiguration | undefined;
  /** ms since epoch, for "2 min ago"; defaults to the time of rendering. */
  now?: number;
}

/**
 * Where the configuration the checks used came from ("imported from get-export, 2 min ago",
 * "not configured"), and a way to the options page for this call's API.
 */
export function ConfigSource({ call, config, now = Date.now() }: Props) {
  // The link pre-fills a new entry with the authorizer kind the checks go by.
  const authorizer = () => guessAuthorizer(config, readResponse(call.responseHeaders)).kind;
  return (
    <p class="config-source">
      <span class="note">{ui.configSourceLabel}</span>{' '}
      <span data-config-source={config?.source?.kind ?? 'none'}>
        {describeConfigSource(config?.source, now, ui.configSource)}
      </span>{' '}
      <button
        type="button"
        class="link"
        data-action="configure-api"
        title={ui.configureApiTitle}
        onClick={() => void openOptionsPage(optionsQueryFor(call, authorizer())).catch(() => undefined)}
      >
        {ui.configureApi}
      </button>
    </p>
  );
}
