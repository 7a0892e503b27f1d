import { useMemo } from 'preact/hooks';
import type { CapturedCall } from '../../core/capture/types';
import type { CallConfiguration } from '../../core/config/model';
import {
  buildMarkdownReport,
  type CheckResult,
  candidateToken,
  diagnose,
  headlineResult,
} from '../../core/diagnosis';
import { renderHeadline } from '../../core/i18n/render';
import { apiCallPostmanContext } from '../../core/signin/apiCallPostman';
import { EMPTY_SIGNIN_CONFIGURATION } from '../../core/signin/appClientConfig';
import { signinConfigurationSource } from '../../platform/signinConfigStore';
import { Segments } from '../../ui-shared/Segments';
import { useStoredValue } from '../../ui-shared/useStoredValue';
import { gatewayErrorDescription } from '../diagnosisView';
import { type SignatureState, useSignatureVerdict } from '../useSignatureVerdict';
import { catalog, ui } from '../words';
import { CheckItem, StatusBadge } from './CheckItem';
import { CopyButton } from './CopyButton';
import { PostmanPanel } from './PostmanPanel';
import { TokenView } from './TokenView';

interface Props {
  call: CapturedCall;
  /** What is known about the API's authorizer, when the user configured it. */
  config?: CallConfiguration;
}

/** The checklist of CHECKS.md for one call. The popup renders it; the core decides everything. */
export function Diagnosis({ call, config }: Props) {
  const signature = useSignatureVerdict(call, config?.identityHeader);
  const verdict = signature.kind === 'done' ? signature.verdict : undefined;
  // A stored call never changes, but every storage change hands the popup new objects for it:
  // keyed by id, the diagnosis is computed once per call and once more when the verdict comes.
  const diagnosis = useMemo(() => diagnose({ call, config, signature: verdict }), [call.id, config, verdict]);
  const headline = renderHeadline(diagnosis, catalog);
  const headlineStatus = headlineResult(diagnosis)?.status;
  const gatewaySaid = gatewayErrorDescription(diagnosis);
  const hasToken = candidateToken(call, config) !== undefined;
  const signinConfiguration = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION).value;
  const postman = useMemo(
    () => apiCallPostmanContext(diagnosis, config, signinConfiguration),
    [diagnosis, config, signinConfiguration],
  );

  return (
    <section class="diagnosis" data-diagnosis data-signature={signature.kind}>
      {/* Nothing decided the cause: shown as information, never as a success (CHECKS.md "No cause found"). */}
      <div
        class={`headline status-${headlineStatus ?? 'info'}`}
        data-headline-unexplained={headlineStatus === undefined ? '' : undefined}
      >
        <p class="headline-label">{ui.headlineLabel}</p>
        <p class="headline-text" data-headline data-headline-check={diagnosis.headline?.id ?? ''}>
          {headlineStatus && <StatusBadge status={headlineStatus} />} <Segments text={headline} />
        </p>
        {gatewaySaid !== undefined && (
          <p class="gateway-said" data-www-authenticate-description>
            {ui.gatewaySaid} <code>{gatewaySaid}</code>
          </p>
        )}
      </div>
      <div class="actions">
        <CopyButton
          action="copy-report"
          label={ui.copyReport}
          title={ui.copyReportTitle}
          text={() => buildMarkdownReport(call, diagnosis, catalog)}
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
      <h2>{ui.checksTitle}</h2>
      <ol class="checks">
        {diagnosis.checks.map((result) => (
          <CheckItem key={result.id} result={result} note={signatureNote(result, signature)} />
        ))}
      </ol>
      <TokenView call={call} diagnosis={diagnosis} />
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
