import { useState } from 'preact/hooks';
import { renderSigninWords } from '../../core/i18n/renderSignin';
import type { SigninConfiguration } from '../../core/signin/appClientConfig';
import {
  applySigninImport,
  readSigninImportText,
  type SigninImportResult,
} from '../../core/signin/parseSigninImport';
import { Segments } from '../../ui-shared/Segments';
import { edition } from '../words';

interface Props {
  saved: SigninConfiguration;
  onSave(configuration: SigninConfiguration): Promise<void>;
}

/**
 * Import of `aws cognito-idp describe-user-pool-client`, `describe-user-pool` and
 * `describe-user-pool-domain` (SIGNIN.md "App client configuration"): read, preview, confirm. A
 * client secret in the text is never kept: the reader copies known fields only.
 */
export function SigninImportBox({ saved, onSave }: Props) {
  const words = edition.signin.imports;
  const [text, setText] = useState('');
  const [result, setResult] = useState<SigninImportResult>();
  const [done, setDone] = useState(false);
  const [saveError, setSaveError] = useState(false);

  const confirm = async () => {
    if (!result?.ok) return;
    try {
      await onSave(applySigninImport(saved, result.value));
      setDone(true);
      setResult(undefined);
      setText('');
    } catch {
      setSaveError(true);
    }
  };

  return (
    <section class="import" data-signin-import>
      <h2>{words.ui.heading}</h2>
      <p class="help">
        <Segments text={renderSigninWords(words.ui.intro, edition)} />
      </p>
      <div class="import-inputs">
        <label for="signin-import-text">{words.ui.paste}</label>
        <textarea
          id="signin-import-text"
          data-signin-import-text
          class="mono"
          rows={6}
          spellcheck={false}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            // What was read no longer matches the text, and its error no longer applies.
            setResult(undefined);
            setDone(false);
            setSaveError(false);
          }}
        />
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-signin-import-submit
            disabled={text.trim() === ''}
            onClick={() => {
              setDone(false);
              setResult(readSigninImportText(text));
            }}
          >
            {words.ui.read}
          </button>
        </div>
      </div>
      {result !== undefined && !result.ok && (
        <p class="error" role="alert" data-signin-import-error>
          <Segments text={renderSigninWords(words.errors[result.code], edition)} />
        </p>
      )}
      {done && (
        <p class="done" role="status" data-signin-import-done>
          {words.ui.done}
        </p>
      )}
      {saveError && (
        <p class="error" role="alert">
          {words.ui.saveFailed}
        </p>
      )}
      {result?.ok && (
        <div class="preview" data-signin-import-preview={result.value.kind}>
          <h3>
            <Segments text={renderSigninWords(words.kinds[result.value.kind], edition)} />
          </h3>
          <ul class="summary" data-signin-import-summary>
            {summaryLines(result).map(([label, value]) => (
              <li key={label}>
                {label}: <code>{value}</code>
              </li>
            ))}
          </ul>
          {result.value.warnings.length > 0 && (
            <ul class="warnings" data-signin-import-warnings>
              {result.value.warnings.map((warning) => (
                <li key={warning.code}>
                  {/* Values from the pasted text are params: text nodes, never template. */}
                  <Segments
                    text={renderSigninWords(words.warnings[warning.code], edition, {
                      ...('values' in warning && { values: warning.values }),
                      ...('limit' in warning && { limit: warning.limit }),
                      ...('status' in warning && { status: warning.status }),
                    })}
                  />
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" class="primary" data-signin-import-confirm onClick={() => void confirm()}>
              {words.ui.confirm}
            </button>
            <button type="button" onClick={() => setResult(undefined)}>
              {words.ui.cancel}
            </button>
          </div>
        </div>
      )}
      <SavedSignin saved={saved} />
    </section>
  );
}

function summaryLines(result: Extract<SigninImportResult, { ok: true }>): Array<[string, string]> {
  const labels = edition.signin.imports.ui.fields;
  const none = edition.catalog.words.none;
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(' ') : none);
  const value = result.value;
  if (value.kind === 'user-pool-client') {
    const client = value.client;
    return [
      [labels.clientId, client.clientId],
      [labels.poolId, client.userPoolId],
      [labels.callbackUrls, list(client.callbackUrls)],
      [labels.flows, list(client.allowedOAuthFlows)],
      [labels.scopes, list(client.allowedOAuthScopes)],
      [labels.secret, client.hasSecret ? edition.catalog.words.yes : edition.catalog.words.no],
    ];
  }
  const pool = value.pool;
  return [
    [labels.poolId, pool.poolId],
    [
      labels.domain,
      [pool.domainPrefix, pool.customDomain].filter((entry) => entry !== undefined).join(' ') || none,
    ],
  ];
}

function SavedSignin({ saved }: { saved: SigninConfiguration }) {
  const labels = edition.signin.imports.ui;
  if (saved.clients.length === 0 && saved.pools.length === 0) return null;
  return (
    <div class="saved-signin">
      <h3>{labels.savedHeading}</h3>
      <ul>
        {saved.pools.map((pool) => (
          <li key={pool.poolId} data-signin-pool={pool.poolId}>
            <code>{pool.poolId}</code>
            {[pool.domainPrefix, pool.customDomain]
              .filter((entry) => entry !== undefined)
              .map((entry) => (
                <span key={entry}>
                  {' · '}
                  <code>{entry}</code>
                </span>
              ))}
          </li>
        ))}
        {saved.clients.map((client) => (
          <li key={client.clientId} data-signin-client={client.clientId}>
            <code>{client.clientId}</code>
            {client.clientName !== undefined && (
              <>
                {' · '}
                <code>{client.clientName}</code>
              </>
            )}
            {' · '}
            <code>{client.userPoolId}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
