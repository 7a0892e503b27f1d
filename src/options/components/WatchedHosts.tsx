import { useEffect, useRef, useState } from 'preact/hooks';
import { applyDomainImport } from '../../core/config/applyImport';
import { mappingProblems, putDomain, removeDomain } from '../../core/config/customDomains';
import { type BasePathMapping, cleanBasePath, type DomainConfig } from '../../core/config/domainMappings';
import type { AwsImportSuccess } from '../../core/config/importTypes';
import { interpretImport, readImportText } from '../../core/config/parseAwsImport';
import { rendered } from '../../core/i18n/segments';
import { normalizeCustomDomain } from '../../core/signin/signinDomain';
import {
  hostPattern,
  type WatchedHost,
  type WatchedHostKind,
  watchedHostList,
} from '../../core/watchedHosts';
import {
  grantedHostPatterns,
  onSitePermissionsChanged,
  requiredHostPatterns,
  stopWatchingSite,
  watchSite,
} from '../../platform/sitePermissions';
import { Segments } from '../../ui-shared/Segments';
import { ui } from '../words';
import { Message, messageKey } from './Message';

interface Props {
  domains: readonly DomainConfig[];
  signinDomains: readonly string[];
  /** From the page's link (`?domain=`): pre-filled, and its row marked. */
  linkedDomain: string | undefined;
  saveDomains(next: DomainConfig[]): Promise<void>;
  saveSigninDomains(next: string[]): Promise<void>;
}

/** The host patterns the extension holds, read again whenever Chrome's grants change. */
function useGrantedPatterns(): { granted: string[]; refresh(): void } {
  const [granted, setGranted] = useState<string[]>([]);
  const [revision, setRevision] = useState(0);
  const refresh = () => setRevision((value) => value + 1);
  useEffect(() => onSitePermissionsChanged(refresh), []);
  useEffect(() => {
    let live = true;
    grantedHostPatterns().then(
      (patterns) => live && setGranted(patterns),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return { granted, refresh };
}

/**
 * "Watched hosts": API custom domain names (with their base path mappings) and custom sign-in
 * domains. Adding one asks Chrome for that host from the click (`optional_host_permissions`), and
 * only a granted host is saved; removing one gives the grant back when it was given at run time.
 */
export function WatchedHosts({
  domains,
  signinDomains,
  linkedDomain,
  saveDomains,
  saveSigninDomains,
}: Props) {
  const { granted, refresh } = useGrantedPatterns();
  const [hostText, setHostText] = useState(linkedDomain ?? '');
  const [kind, setKind] = useState<Exclude<WatchedHostKind, 'site'>>('api');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string>();
  const rows = watchedHostList({
    granted,
    requiredAtInstall: requiredHostPatterns(),
    apiDomains: domains,
    signinDomains,
  });

  const linkedRow = useRef<HTMLLIElement>(null);
  useEffect(() => {
    linkedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [linkedDomain]);

  /** Runs a change; a failed write is said once, here. Resolves with whether it went through. */
  const guard = async (work: () => Promise<void>): Promise<boolean> => {
    setError(undefined);
    try {
      await work();
      return true;
    } catch {
      setError(ui.hosts.saveFailed);
      return false;
    } finally {
      refresh();
    }
  };

  const add = () => {
    const host = normalizeCustomDomain(hostText);
    setInvalid(host === undefined);
    if (host === undefined) return;
    void guard(async () => {
      // Asked first, within the click: Chrome shows its prompt only for a user gesture.
      let allowed = false;
      try {
        allowed = await watchSite(hostPattern(host));
      } catch {
        allowed = false;
      }
      if (!allowed) {
        setError(ui.hosts.denied);
        return;
      }
      if (kind === 'api') {
        if (!domains.some((domain) => domain.domainName === host))
          await saveDomains(
            putDomain(domains, {
              domainName: host,
              mappings: [],
              source: { kind: 'manual', updatedAt: Date.now() },
            }),
          );
      } else if (!signinDomains.includes(host)) {
        await saveSigninDomains([...signinDomains, host]);
      }
      setHostText('');
    });
  };

  const remove = (row: WatchedHost) =>
    guard(async () => {
      if (row.removable) await stopWatchingSite(hostPattern(row.host)).catch(() => false);
      if (row.kinds.includes('api')) await saveDomains(removeDomain(domains, row.host));
      if (row.kinds.includes('signin'))
        await saveSigninDomains(signinDomains.filter((host) => host !== row.host));
    });

  const allow = (row: WatchedHost) =>
    guard(async () => {
      if (!(await watchSite(hostPattern(row.host)).catch(() => false))) setError(ui.hosts.denied);
    });

  return (
    <section class="watched-hosts" data-watched-hosts>
      <h2>{ui.hosts.heading}</h2>
      <p class="help">{ui.hosts.intro}</p>
      <div class="host-add">
        <label>
          <span>{ui.hosts.hostLabel}</span>{' '}
          <input
            type="text"
            class="mono"
            data-host-input
            spellcheck={false}
            placeholder="api.example.com"
            value={hostText}
            aria-invalid={invalid}
            onInput={(event) => {
              setHostText(event.currentTarget.value);
              setInvalid(false);
              setError(undefined);
            }}
          />
        </label>{' '}
        <label>
          <span>{ui.hosts.kindLabel}</span>{' '}
          <select
            data-host-kind
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value === 'signin' ? 'signin' : 'api')}
          >
            <option value="api">{ui.hosts.kinds.api}</option>
            <option value="signin">{ui.hosts.kinds.signin}</option>
          </select>
        </label>{' '}
        <button type="button" class="primary" data-action="add-host" onClick={add}>
          {ui.hosts.add}
        </button>
      </div>
      {invalid && (
        <p class="error" role="alert" data-host-error="invalid">
          <Segments text={rendered(ui.hosts.invalidHost)} />
        </p>
      )}
      {error !== undefined && (
        <p class="error" role="alert" data-host-error="failed">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="note" data-hosts-empty>
          {ui.hosts.none}
        </p>
      ) : (
        <ul class="host-list">
          {rows.map((row) => (
            <li
              key={row.host}
              ref={row.host === linkedDomain ? linkedRow : undefined}
              data-watched-host={row.host}
              data-host-granted={row.granted ? 'true' : 'false'}
              data-linked={row.host === linkedDomain ? 'true' : undefined}
            >
              <div class="host-line">
                <code>{row.host}</code> · {row.kinds.map((entry) => ui.hosts.kinds[entry]).join(', ')} ·{' '}
                {row.granted ? ui.hosts.granted : ui.hosts.notGranted}{' '}
                {!row.granted && (
                  <button type="button" data-action="allow-host" onClick={() => void allow(row)}>
                    {ui.hosts.allow}
                  </button>
                )}{' '}
                <button type="button" data-action="remove-host" onClick={() => void remove(row)}>
                  {ui.hosts.remove}
                </button>
              </div>
              {row.domain !== undefined && (
                <DomainMappings
                  domain={row.domain}
                  onSave={(entry) => guard(() => saveDomains(putDomain(domains, entry)))}
                  onImport={(result) =>
                    guard(() =>
                      saveDomains(
                        applyDomainImport(domains, result, { domainName: row.host, now: Date.now() }),
                      ),
                    )
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const MAPPING_FIELDS = ['basePath', 'apiId', 'stage'] as const;
const EMPTY_MAPPING: BasePathMapping = { basePath: '', apiId: '', stage: '' };

/** One domain's mappings: listed, removable, added by hand or imported from the CLI's output. */
function DomainMappings({
  domain,
  onSave,
  onImport,
}: {
  domain: DomainConfig;
  onSave(entry: DomainConfig): Promise<boolean>;
  onImport(result: AwsImportSuccess): Promise<boolean>;
}) {
  const [draft, setDraft] = useState<BasePathMapping>(EMPTY_MAPPING);
  const [touched, setTouched] = useState(false);
  const cleaned = { ...draft, basePath: cleanBasePath(draft.basePath), stage: draft.stage.trim() };
  const problems = mappingProblems({ ...cleaned, apiId: cleaned.apiId.trim() });
  const replace = (mappings: BasePathMapping[]) =>
    onSave({ ...domain, mappings, source: { kind: 'manual', updatedAt: Date.now() } });

  const addMapping = async () => {
    setTouched(true);
    if (problems.length > 0) return;
    const mapping = { ...cleaned, apiId: cleaned.apiId.trim() };
    if (
      !(await replace([...domain.mappings.filter((entry) => entry.basePath !== mapping.basePath), mapping]))
    )
      return;
    setDraft(EMPTY_MAPPING);
    setTouched(false);
  };

  return (
    <div class="mappings" data-domain-mappings={domain.domainName}>
      <h3>{ui.hosts.mappingsHeading}</h3>
      {domain.mappings.length === 0 ? (
        <p class="note" data-mappings-empty>
          {ui.hosts.noMappings}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ui.hosts.basePath}</th>
              <th scope="col">{ui.hosts.apiId}</th>
              <th scope="col">{ui.hosts.stage}</th>
              <th scope="col">
                <span class="visually-hidden">{ui.hosts.removeMapping}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {domain.mappings.map((mapping) => (
              <tr
                key={mapping.basePath}
                data-mapping={`${mapping.basePath}→${mapping.apiId}/${mapping.stage}`}
              >
                <td>{mapping.basePath === '' ? ui.hosts.rootPath : <code>/{mapping.basePath}</code>}</td>
                <td>
                  <code>{mapping.apiId}</code>
                </td>
                <td>
                  <code>{mapping.stage}</code>
                </td>
                <td>
                  <button
                    type="button"
                    data-action="remove-mapping"
                    onClick={() => void replace(domain.mappings.filter((entry) => entry !== mapping))}
                  >
                    {ui.hosts.removeMapping}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset class="mapping-form">
        {MAPPING_FIELDS.map((field) => (
          <label key={field}>
            <span>{ui.hosts[field]}</span>{' '}
            <input
              type="text"
              class="mono"
              spellcheck={false}
              data-mapping-field={field}
              value={draft[field]}
              aria-invalid={touched && problems.includes(field)}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setDraft((current) => ({ ...current, [field]: value }));
              }}
            />
          </label>
        ))}{' '}
        <button type="button" data-action="add-mapping" onClick={() => void addMapping()}>
          {ui.hosts.addMapping}
        </button>
        <p class="help">
          <Segments text={rendered(ui.hosts.basePathHelp)} />
        </p>
        {touched &&
          problems.map((field) => (
            <p class="error" key={field} data-mapping-problem={field}>
              <Segments text={rendered(ui.hosts.mappingProblems[field])} />
            </p>
          ))}
      </fieldset>
      <MappingImport domainName={domain.domainName} onImport={onImport} />
    </div>
  );
}

/**
 * The two CLI outputs for one domain, as the API import does: "Read" shows what was understood and
 * the warnings, only "Save these mappings" writes, and editing the text clears a previous error.
 */
function MappingImport({
  domainName,
  onImport,
}: {
  domainName: string;
  onImport(result: AwsImportSuccess): Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<AwsImportSuccess>();
  const [error, setError] = useState<
    { kind: 'message'; result: ReturnType<typeof interpretImport> } | 'not-mappings'
  >();
  const [done, setDone] = useState<number>();
  const generation = useRef(0);

  const read = async () => {
    setDone(undefined);
    const mine = ++generation.current;
    const result = interpretImport(await readImportText(text), { domainName });
    if (mine !== generation.current) return;
    if (!result.ok) {
      setError({ kind: 'message', result });
      setPreview(undefined);
    } else if (result.domain === undefined) {
      setError('not-mappings');
      setPreview(undefined);
    } else {
      setError(undefined);
      setPreview(result);
    }
  };

  const reset = () => {
    generation.current++;
    setPreview(undefined);
    setError(undefined);
  };

  const confirm = async () => {
    if (preview?.domain === undefined) return;
    const count = preview.domain.mappings.length;
    if (!(await onImport(preview))) return;
    setText('');
    reset();
    setDone(count);
  };

  const id = `mapping-import-${domainName}`;
  return (
    <div class="mapping-import">
      <label for={id}>
        <Segments text={rendered(ui.hosts.importLabel)} />
      </label>
      <textarea
        id={id}
        class="mono"
        rows={5}
        spellcheck={false}
        data-domain-import-text
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          reset();
        }}
      />
      <div class="actions">
        <button
          type="button"
          data-domain-import-submit
          disabled={text.trim() === ''}
          onClick={() => void read()}
        >
          {ui.hosts.importRead}
        </button>
      </div>
      {error === 'not-mappings' && (
        <p class="error" role="alert" data-domain-import-error>
          {ui.hosts.importNotMappings}
        </p>
      )}
      {error !== undefined && error !== 'not-mappings' && !error.result.ok && (
        <p class="error" role="alert" data-domain-import-error>
          <Message message={error.result.error} />
        </p>
      )}
      {done !== undefined && (
        <p class="done" role="status" data-domain-import-done>
          {ui.hosts.importDone(done)}
        </p>
      )}
      {preview?.domain !== undefined && (
        <div class="preview" data-domain-import-preview={preview.format}>
          <p>{ui.hosts.importPreview(preview.domain.mappings.length)}</p>
          <ul>
            {preview.domain.mappings.map((mapping) => (
              <li key={mapping.basePath} data-domain-import-mapping>
                {mapping.basePath === '' ? ui.hosts.rootPath : <code>/{mapping.basePath}</code>} →{' '}
                <code>{mapping.apiId}</code> / <code>{mapping.stage}</code>
              </li>
            ))}
          </ul>
          {preview.warnings.length > 0 && (
            <ul class="warnings" data-domain-import-warnings>
              {preview.warnings.map((line, index) => (
                <li key={`${index}-${messageKey(line)}`}>
                  <Message message={line} />
                </li>
              ))}
            </ul>
          )}
          <p class="note">{ui.hosts.importReplaces}</p>
          <div class="actions">
            <button type="button" class="primary" data-domain-import-confirm onClick={() => void confirm()}>
              {ui.hosts.importConfirm}
            </button>
            <button type="button" data-domain-import-cancel onClick={reset}>
              {ui.hosts.importCancel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
