import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { serializeConfigFile } from '../core/config/configFile';
import { withCustomDomainMapping } from '../core/config/customDomains';
import type { DomainConfig } from '../core/config/domainMappings';
import type { ApiConfig } from '../core/config/model';
import {
  type ConfigTarget,
  configForTarget,
  configKey,
  removeConfig,
  replaceConfig,
} from '../core/config/storedConfigs';
import { withStageRead } from '../core/diagnosis/stageOfCall';
import {
  configFromQuery,
  hintsFromQuery,
  type OptionsLink,
  type OptionsQuery,
  optionsQueryFromCall,
  readOptionsLink,
} from '../core/options/optionsQuery';
import { EMPTY_SIGNIN_CONFIGURATION } from '../core/signin/appClientConfig';
import { apiConfigsSource, saveApiConfigs } from '../platform/configStore';
import {
  apiDomainsSource,
  loadApiDomains,
  saveApiDomains,
  saveSigninDomains,
  signinDomainsSource,
} from '../platform/domainStore';
import { loadCapturedCall } from '../platform/sessionCaptureStore';
import { saveSigninConfiguration, signinConfigurationSource } from '../platform/signinConfigStore';
import { downloadText } from '../ui-shared/download';
import { useStoredValue } from '../ui-shared/useStoredValue';
import { ApiList } from './components/ApiList';
import { ConfigEditor } from './components/ConfigEditor';
import { ImportBox } from './components/ImportBox';
import { SigninImportBox } from './components/SigninImportBox';
import { WatchedHosts } from './components/WatchedHosts';
import { ui } from './words';

/** The entry open in the editor: a saved one, or a new one not saved yet. */
type OpenEntry =
  | { kind: 'saved'; key: string }
  | {
      kind: 'new';
      config: ApiConfig;
      /** Pre-filled from the popup's link, whose path is the call's, not a template. */
      fromLink: boolean;
    };

const NO_CONFIGS: ApiConfig[] = [];
const NO_DOMAINS: DomainConfig[] = [];
const NO_HOSTS: string[] = [];

export const EXPORT_FILE_NAME = 'cognito-401-doctor-config.json';

/** The entry the page's link names: the one a call to that API and stage uses, or a new one. */
function entryForLink(configs: ApiConfig[], query: OptionsQuery): OpenEntry | undefined {
  const { apiId } = query;
  if (apiId === undefined) return undefined;
  const found = configForTarget(configs, { apiId, stage: query.stage });
  if (found !== undefined) return { kind: 'saved', key: configKey(found) };
  return { kind: 'new', config: configFromQuery({ ...query, apiId }, Date.now()), fromLink: true };
}

/**
 * What the link's `?call=…` names, read from `storage.session` and with its stage read as the popup
 * reads it: empty when there is no link, or when the call is gone (the browser restarted, or it
 * was cleared), as the page without a link.
 */
async function loadLinkQuery(link: OptionsLink, configs: readonly ApiConfig[]): Promise<OptionsQuery> {
  if (link.callId === undefined) return {};
  // A call listed only on the HAR page or in the DevTools panel is in no storage: the link's own
  // identifiers (never its path) pre-fill what they can.
  const fromLink: OptionsQuery = { ...link.identifiers };
  if (link.authorizer !== undefined) fromLink.authorizer = link.authorizer;
  try {
    const call = await loadCapturedCall(link.callId);
    if (call === undefined) return fromLink;
    // On a custom domain name, the API and stage its base path mapping names.
    const mapped = withCustomDomainMapping(call, await loadApiDomains().catch(() => []), configs);
    return optionsQueryFromCall(withStageRead(mapped, configs), link.authorizer);
  } catch {
    return fromLink;
  }
}

const label = (target: ConfigTarget) => ui.options.apiLabel(target.apiId, target.stage);

/**
 * "Configure APIs": the authorizer configuration of every API the extension knows, imported from
 * AWS CLI output or edited by hand, stored in `storage.local`. Opened from the popup with
 * `?call=…` (a captured call's id, never its URL: see optionsQuery.ts), it opens that call's API
 * entry and pre-fills what the call tells.
 */
export function App({ search }: { search: string }) {
  const link = useMemo(() => readOptionsLink(search), [search]);
  /** What the link's call tells; undefined until it is read. */
  const [query, setQuery] = useState<OptionsQuery>();
  // Another options tab, or an import there, changes the list under this one.
  const stored = useStoredValue<ApiConfig[]>(apiConfigsSource, NO_CONFIGS);
  const signinConfiguration = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION);
  const domains = useStoredValue<DomainConfig[]>(apiDomainsSource, NO_DOMAINS);
  const signinDomains = useStoredValue<string[]>(signinDomainsSource, NO_HOSTS);
  const configs = stored.value;
  const setConfigs = stored.set;
  const loaded = stored.status !== 'loading' && query !== undefined;
  const [open, setOpen] = useState<OpenEntry>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  // Once the list is read, the page's link opens its entry; a load that failed opens nothing.
  const linkOpened = useRef(false);
  useEffect(() => {
    if (stored.status === 'loading' || linkOpened.current) return;
    linkOpened.current = true;
    if (stored.status === 'failed') {
      setError(ui.options.loadFailed);
      setQuery({});
      return;
    }
    void loadLinkQuery(link, configs).then((linked) => {
      setQuery(linked);
      setOpen(entryForLink(configs, linked));
    });
  }, [stored.status, configs, link]);

  /** Writes the list; the page shows it at once (the change event then brings the same list). */
  const persist = async (next: ApiConfig[]) => {
    setNotice(undefined);
    try {
      await saveApiConfigs(next);
    } catch (cause) {
      setError(ui.options.saveFailed);
      throw cause;
    }
    setError(undefined);
    setConfigs(next);
  };

  const saveEdited = async (original: ConfigTarget | undefined, edited: ApiConfig) => {
    const replaced = replaceConfig(configs, original, edited);
    // The editor shows the conflict next to the stage and keeps Save disabled; nothing to add here.
    if (!replaced.ok) return;
    try {
      await persist(replaced.configs);
    } catch {
      return;
    }
    setOpen({ kind: 'saved', key: configKey(edited) });
    setNotice(ui.options.saved(label(edited)));
  };

  const deleteSaved = async (target: ConfigTarget) => {
    try {
      await persist(removeConfig(configs, target));
    } catch {
      return;
    }
    setOpen(undefined);
    setNotice(ui.options.deleted(label(target)));
  };

  const saveImport = async (next: ApiConfig[], targets: ConfigTarget[]) => {
    await persist(next);
    const [first] = targets;
    if (first !== undefined) setOpen({ kind: 'saved', key: configKey(first) });
  };

  const toggle = (key: string) =>
    setOpen((current) =>
      current?.kind === 'saved' && current.key === key ? undefined : { kind: 'saved', key },
    );

  const openSaved =
    open?.kind === 'saved' ? configs.find((config) => configKey(config) === open.key) : undefined;
  const editing = open?.kind === 'new' ? open.config : openSaved;
  const now = Date.now();

  const editor =
    editing === undefined ? null : (
      <ConfigEditor
        // A new save or import of this entry starts the editor again from what is stored.
        key={open?.kind === 'new' ? 'new' : `${configKey(editing)}@${editing.source.updatedAt}`}
        config={editing}
        isNew={open?.kind === 'new'}
        pathFromCall={open?.kind === 'new' && open.fromLink && editing.methods.length > 0}
        saved={configs}
        onSave={saveEdited}
        onDelete={() => void deleteSaved(editing)}
        onClose={() => setOpen(undefined)}
      />
    );

  return (
    <main>
      <header class="top">
        <div>
          <p class="app-name">{ui.appTitle}</p>
          <h1>{ui.options.pageTitle}</h1>
        </div>
        <div class="top-actions">
          <button
            type="button"
            data-action="add-api"
            onClick={() =>
              setOpen({ kind: 'new', config: configFromQuery({ apiId: '' }, Date.now()), fromLink: false })
            }
          >
            {ui.options.addApi}
          </button>
          <button
            type="button"
            data-action="export-config"
            title={ui.options.exportTitle}
            disabled={configs.length === 0}
            onClick={() => downloadText(EXPORT_FILE_NAME, serializeConfigFile(configs))}
          >
            {ui.options.exportConfig}
          </button>
          <a href="../har/index.html" target="_blank" rel="noopener" data-open-har-page>
            {ui.handoff.openHarPage}
          </a>
        </div>
      </header>
      <p class="intro">{ui.options.intro}</p>
      {error !== undefined && (
        <p class="error" role="alert" data-error>
          {error}
        </p>
      )}
      {notice !== undefined && (
        <p class="done" role="status" data-notice>
          {notice}
        </p>
      )}

      {/* Shown once the link's call is read: its values are the box's initial hints. */}
      {query !== undefined && (
        <ImportBox
          saved={configs}
          initialHints={hintsFromQuery(query)}
          linkRegion={
            query.apiId === undefined || query.region === undefined
              ? undefined
              : { apiId: query.apiId, region: query.region }
          }
          onSave={saveImport}
        />
      )}

      <section class="apis" data-loaded={loaded ? 'true' : undefined}>
        <h2>{ui.options.apisHeading}</h2>
        {loaded && (
          <ApiList
            configs={configs}
            openKey={open?.kind === 'saved' ? open.key : undefined}
            draft={open?.kind === 'new' ? open.config : undefined}
            now={now}
            onToggle={toggle}
            editor={editor}
          />
        )}
      </section>

      <WatchedHosts
        domains={domains.value}
        signinDomains={signinDomains.value}
        linkedDomain={link.domain}
        saveDomains={async (next) => {
          await saveApiDomains(next);
          domains.set(next);
        }}
        saveSigninDomains={async (next) => {
          await saveSigninDomains(next);
          signinDomains.set(next);
        }}
      />

      <SigninImportBox
        saved={signinConfiguration.value}
        onSave={async (next) => {
          await saveSigninConfiguration(next);
          signinConfiguration.set(next);
        }}
      />
    </main>
  );
}
