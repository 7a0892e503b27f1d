import { useMemo, useState } from 'preact/hooks';
import type { CapturedCall } from '../../core/capture/types';
import type { CallConfiguration } from '../../core/config/model';
import {
  buildMarkdownReport,
  type CheckResult,
  candidateToken,
  diagnose,
  firstScreen,
  isSurfaced,
} from '../../core/diagnosis';
import { renderHeadline, renderHeadlineFix } from '../../core/i18n/render';
import { apiCallPostmanContext } from '../../core/signin/apiCallPostman';
import { EMPTY_SIGNIN_CONFIGURATION, type SigninConfiguration } from '../../core/signin/appClientConfig';
import { Segments } from '../../ui-shared/Segments';
import { flaggedClaims, gatewayErrorDescription } from '../diagnosisView';
import type { SignatureState } from '../useSignatureVerdict';
import { catalog, ui } from '../words';
import { CheckItem, CommandBlock, StatusBadge, SurfacedCheck } from './CheckItem';
import { ConfigSource } from './ConfigSource';
import { CopyButton } from './CopyButton';
import { PostmanPanel } from './PostmanPanel';
import { TokenView } from './TokenView';

interface Props {
  /** The call as `withStageRead` read it. */
  call: CapturedCall;
  /** What is known about the API's authorizer, when the user configured it. */
  config?: CallConfiguration;
  /**
   * Where the signature verdict stands; whoever shows this view asks for it (`useSignatureVerdict`:
   * the popup's worker, or the HAR page and DevTools panel verifying themselves).
   */
  signature: SignatureState;
  /**
   * The imported sign-in configuration: with it, `token.client` names the token's app client, and
   * the Postman settings for this call's token.
   */
  signinConfiguration?: SigninConfiguration;
  /** ms since epoch, for "2 min ago"; the time of rendering by default. */
  now?: number;
}

/**
 * The diagnosis of one call, answer first: which call, the cause in one sentence, its fix and the
 * one command or setting that applies; the failing and warning checks open under it; then the full
 * checklist of CHECKS.md with what passed or did not apply folded into one line, and the token.
 * It reads no storage and asks no worker: the call, its configuration and the signature verdict
 * come in, so another page (a DevTools panel, a HAR import) can show the same view.
 */
export function DiagnosisView({
  call,
  config,
  signature,
  signinConfiguration = EMPTY_SIGNIN_CONFIGURATION,
  now = Date.now(),
}: Props) {
  const verdict = signature.kind === 'done' ? signature.verdict : undefined;
  // A stored call never changes, but every storage change hands the popup new objects for it:
  // keyed by id, the diagnosis is computed once per call and once more when the verdict comes.
  // The imported app clients name the token's client in `token.client` (SIGNIN.md).
  const appClients = signinConfiguration.clients;
  const diagnosis = useMemo(
    () => diagnose({ call, config, signature: verdict, appClients }),
    [call.id, config, verdict, appClients],
  );
  const screen = firstScreen(diagnosis);
  const headline = renderHeadline(diagnosis, catalog);
  const fix = renderHeadlineFix(diagnosis, catalog);
  const gatewaySaid = gatewayErrorDescription(diagnosis);
  const hasToken = candidateToken(call, config) !== undefined;
  const [showFolded, setShowFolded] = useState(false);
  const { passed, notApplicable, informational } = screen.folded;
  const configureInAnswer = screen.action?.kind === 'configure';
  const postman = useMemo(
    () => apiCallPostmanContext(diagnosis, config, signinConfiguration),
    [diagnosis, config, signinConfiguration],
  );

  return (
    <section class="diagnosis" data-diagnosis data-signature={signature.kind}>
      <div class="answer" data-answer>
        <p class="answer-call">
          <strong>{call.method}</strong> <span class="url">{call.url}</span> · {call.statusCode} ·{' '}
          <span class="ago">{catalog.ago((now - call.requestTime) / 1000)}</span>
        </p>
        {/* Undecided is neutral, never a success: nothing here says the call was fine. */}
        <div class={`headline ${screen.headline ? `status-${screen.headline.status}` : 'undecided'}`}>
          <p class="headline-label">{screen.headline ? ui.headlineLabel : ui.undecidedLabel}</p>
          <p class="headline-text" data-headline data-headline-check={diagnosis.headline?.id ?? ''}>
            {screen.headline && <StatusBadge status={screen.headline.status} />} <Segments text={headline} />
          </p>
          {fix.segments.length > 0 && (
            <p class="headline-fix" data-fix>
              <strong>{ui.fixLabel}</strong> <Segments text={fix} />
            </p>
          )}
          {gatewaySaid !== undefined && (
            <p class="gateway-said" data-www-authenticate-description>
              {ui.gatewaySaid} <code>{gatewaySaid}</code>
            </p>
          )}
        </div>
        {screen.action?.kind === 'command' && (
          <div class="answer-action" data-answer-action="command">
            <CommandBlock
              label={catalog.commands[screen.action.command.kind]}
              text={screen.action.command.text}
            />
          </div>
        )}
        {configureInAnswer && (
          <div class="answer-action" data-answer-action="configure">
            <ConfigSource call={call} config={config} now={now} />
          </div>
        )}
      </div>
      {screen.surfaced.length > 0 && (
        <>
          <h2 class="surfaced-heading">{ui.surfacedTitle}</h2>
          <ul class="surfaced-list">
            {screen.surfaced.map((result) => (
              <SurfacedCheck key={result.id} result={result} note={signatureNote(result, signature)} />
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        <CopyButton
          action="copy-report"
          label={ui.copyReport}
          title={ui.copyReportShortTitle}
          text={() => buildMarkdownReport(call, diagnosis, catalog, 'short')}
        />
        <CopyButton
          action="copy-full-report"
          label={ui.copyFullReport}
          title={ui.copyFullReportTitle}
          text={() => buildMarkdownReport(call, diagnosis, catalog, 'full')}
        />
        {hasToken && (
          <CopyButton
            action="copy-token"
            label={ui.copyToken}
            title={ui.copyTokenTitle}
            text={() => candidateToken(call, config) ?? ''}
          />
        )}
      </div>
      {!configureInAnswer && <ConfigSource call={call} config={config} now={now} />}
      <h2>{ui.checksTitle}</h2>
      <button
        type="button"
        class="link folded-toggle"
        data-action="show-folded"
        aria-expanded={showFolded}
        aria-controls="checklist"
        onClick={() => setShowFolded(!showFolded)}
      >
        {ui.foldedSummary(passed, notApplicable, informational)}
      </button>
      <ol class="checks" id="checklist">
        {diagnosis.checks.map((result) => (
          <CheckItem
            key={result.id}
            result={result}
            note={signatureNote(result, signature)}
            folded={!showFolded && !isSurfaced(result)}
          />
        ))}
      </ol>
      <TokenView call={call} diagnosis={diagnosis} flags={flaggedClaims(diagnosis)} />
      {postman && (
        <PostmanPanel
          context={postman}
          request={{
            method: call.method,
            url: call.url,
            ...(call.requestHeaders ? { headers: call.requestHeaders } : {}),
            ...(config?.identityHeader ? { identityHeader: config.identityHeader } : {}),
          }}
          name={`${call.method} ${call.api.path}`}
        />
      )}
    </section>
  );
}

/** While the worker verifies, the signature check says so instead of a bare "not verified yet". */
function signatureNote(result: CheckResult, signature: SignatureState): string | undefined {
  if (result.id !== 'token.signature' || result.code !== 'not-checked') return undefined;
  if (signature.kind === 'pending') return ui.signaturePending;
  if (signature.kind === 'unavailable') return ui.signatureUnavailable;
  if (signature.kind === 'removed') return ui.handoff.signatureRemoved;
  return undefined;
}
