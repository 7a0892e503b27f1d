import type { ComponentChildren } from 'preact';
import type { ApiConfig } from '../../core/config/model';
import { configKey } from '../../core/config/storedConfigs';
import { describeConfigSource } from '../../core/i18n/describeConfigSource';
import { ui } from '../words';

interface Props {
  configs: ApiConfig[];
  /** Key of the entry open in the editor. */
  openKey: string | undefined;
  /** A new entry being edited, not saved yet; listed last. */
  draft: ApiConfig | undefined;
  now: number;
  onToggle(key: string): void;
  /** The editor, rendered under the open entry. */
  editor: ComponentChildren;
}

/** The APIs known, each keyed by API id and stage, with the editor of the open one beneath it. */
export function ApiList({ configs, openKey, draft, now, onToggle, editor }: Props) {
  if (configs.length === 0 && draft === undefined) {
    return (
      <p class="empty" data-empty>
        {ui.options.noApis}
      </p>
    );
  }
  return (
    <ul class="api-list">
      {configs.map((config) => {
        const key = configKey(config);
        const open = draft === undefined && key === openKey;
        return (
          <li key={key} data-api-config={key} data-open={open ? 'true' : undefined}>
            <ApiSummary config={config} now={now}>
              <button
                type="button"
                data-action="edit-config"
                aria-expanded={open}
                onClick={() => onToggle(key)}
              >
                {open ? ui.options.close : ui.options.edit}
              </button>
            </ApiSummary>
            {open && editor}
          </li>
        );
      })}
      {draft !== undefined && (
        <li key="new" data-api-config="new" data-open="true">
          <ApiSummary config={draft} now={now} unsaved>
            <span class="badge">{ui.options.notSaved}</span>
          </ApiSummary>
          {editor}
        </li>
      )}
    </ul>
  );
}

interface SummaryProps {
  config: ApiConfig;
  now: number;
  /** A draft has no source yet: it is neither imported nor entered until saved. */
  unsaved?: boolean;
  children: ComponentChildren;
}

function ApiSummary({ config, now, unsaved = false, children }: SummaryProps) {
  const count = config.methods.length;
  return (
    <div class="api-summary">
      <div>
        <strong class="mono">{config.apiId || '—'}</strong>{' '}
        <span class="stage">
          {config.stage === undefined ? ui.options.allStages : ui.options.stageName(config.stage)}
        </span>
        {config.region !== undefined && <span class="note"> · {config.region}</span>}
        <div class="note">
          {ui.options.kinds[config.authorizerKind]} · {ui.options.methodCount(count)}
          {!unsaved && (
            <>
              {' · '}
              <span data-config-source={config.source.kind}>
                {describeConfigSource(config.source, now, ui.configSource)}
              </span>
            </>
          )}
        </div>
      </div>
      {children}
    </div>
  );
}
