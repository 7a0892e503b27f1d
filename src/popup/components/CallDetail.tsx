import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { trustedIssuers } from '../../core/diagnosis/trustedIssuers';
import type { SigninConfiguration } from '../../core/signin/appClientConfig';
import { formatDateTime } from '../format';
import { useCallConfiguration } from '../useCallConfiguration';
import { useSignatureVerdict } from '../useSignatureVerdict';
import { ui } from '../words';
import { CurlButtons } from './CurlButtons';
import { DiagnosisView } from './DiagnosisView';
import { HeaderTable } from './HeaderTable';
import { ConfigureDomainLink } from './SiteAccess';

/**
 * `call` as `withStageRead` read it (stage and resource path; on a custom domain name, through
 * its base path mappings first: `withCustomDomainMapping`); `configs` every saved configuration;
 * `signinConfiguration` the imported sign-in configuration (its app clients inform `token.client`,
 * and it gives the Postman settings of a call with a Cognito token), which the host page reads so
 * that the popup can have it before its first render; `now` the page's clock for "2 min ago" (the
 * time of rendering when not given).
 */
export function CallDetail({
  call,
  configs,
  signinConfiguration,
  now,
}: {
  call: CapturedCall;
  configs: readonly ApiConfig[];
  signinConfiguration: SigninConfiguration;
  now?: number;
}) {
  const config = useCallConfiguration(call, configs);
  // From whichever source the host page provides (the popup: the worker, by the call's id).
  // The issuers a JWT authorizer's configuration trusts: their keys may be fetched once allowed.
  const signature = useSignatureVerdict(call, config?.identityHeader, trustedIssuers(config));
  return (
    <article class="call-detail" data-call-detail={call.id}>
      {call.api.customDomain !== undefined && call.api.customDomain.basePath === undefined && (
        <p class="note" data-custom-domain-unmapped={call.api.host}>
          {ui.hosts.customDomainCall} <ConfigureDomainLink host={call.api.host} />
        </p>
      )}
      <DiagnosisView
        call={call}
        config={config}
        signature={signature}
        signinConfiguration={signinConfiguration}
        {...(now !== undefined && { now })}
      />
      <h2>{ui.requestDetails}</h2>
      <p class="status-line">{call.statusLine}</p>
      <p class="meta">
        {ui.requestedAt} {formatDateTime(call.requestTime)}
        {call.initiator && ` · ${ui.initiator} ${call.initiator}`}
      </p>
      <CurlButtons
        call={call}
        {...(config?.identityHeader !== undefined && { identityHeader: config.identityHeader })}
      />
      <details>
        <summary>{ui.requestHeaders}</summary>
        {call.requestHeaders ? (
          <HeaderTable headers={call.requestHeaders} kind="request" identityHeader={config?.identityHeader} />
        ) : (
          <p class="note">{ui.requestHeadersMissing}</p>
        )}
      </details>
      <details>
        <summary>{ui.responseHeaders}</summary>
        <HeaderTable headers={call.responseHeaders} kind="response" />
      </details>
      {call.responseBody?.text !== undefined && (
        // Only a HAR or DevTools has bodies (webRequest reports none): the popup never shows this.
        <details data-response-body>
          <summary>
            {ui.handoff.responseBody}
            {call.responseBody.truncated && ` (${ui.handoff.responseBodyCut})`}
          </summary>
          <pre class="body-text">{call.responseBody.text}</pre>
        </details>
      )}
    </article>
  );
}
