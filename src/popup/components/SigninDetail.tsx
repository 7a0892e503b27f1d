import { useMemo } from 'preact/hooks';
import { renderSigninCheck, renderSigninHeadline } from '../../core/i18n/renderSignin';
import type { SigninConfiguration } from '../../core/signin/appClientConfig';
import { diagnoseSignin, signinPostmanContext } from '../../core/signin/diagnoseSignin';
import type { SigninRecord } from '../../core/signin/signinRecord';
import { Segments } from '../../ui-shared/Segments';
import { formatDateTime } from '../format';
import { signinEdition as edition } from '../signinWords';
import { ui } from '../words';
import { RenderedCheckItem, StatusBadge } from './CheckItem';
import { PostmanPanel } from './PostmanPanel';

export interface SigninDetailProps {
  step: SigninRecord;
  /** The tab's sign-in records, oldest first: the step's flow is read from them. */
  tabRecords: readonly SigninRecord[];
  configuration: SigninConfiguration;
}

/** The signin.* checks of SIGNIN.md for one failing sign-in step. The core decides; this renders. */
export function SigninDetail({ step, tabRecords, configuration }: SigninDetailProps) {
  const diagnosis = useMemo(
    () => diagnoseSignin(step, tabRecords, configuration),
    [step.id, tabRecords, configuration],
  );
  const postman = useMemo(
    () => signinPostmanContext(step, tabRecords, configuration),
    [step.id, tabRecords, configuration],
  );
  if (diagnosis === undefined) return null;
  const headline = renderSigninHeadline(diagnosis, edition);
  const headlineStatus = diagnosis.headline?.status;
  return (
    <article class="call-detail" data-call-detail={step.id}>
      <p class="request-line">
        <strong>{step.method}</strong> <span class="url">{step.url}</span>
      </p>
      {step.statusCode !== undefined && <p class="status-line">{step.statusCode}</p>}
      <p class="meta">
        {ui.requestedAt} {formatDateTime(step.requestTime)}
        {step.initiator && ` · ${ui.initiator} ${step.initiator}`}
      </p>
      <section class="diagnosis" data-diagnosis data-signin-step={step.endpoint}>
        <div class={`headline status-${headlineStatus ?? 'pass'}`}>
          <p class="headline-label">{ui.headlineLabel}</p>
          <p class="headline-text" data-headline data-headline-check={diagnosis.headline?.id ?? ''}>
            {headlineStatus && <StatusBadge status={headlineStatus} />} <Segments text={headline} />
          </p>
        </div>
        <h2>{ui.checksTitle}</h2>
        <ol class="checks">
          {diagnosis.checks.map((result) => (
            <RenderedCheckItem
              key={result.id}
              id={result.id}
              status={result.status}
              rendered={renderSigninCheck(result, edition)}
            />
          ))}
        </ol>
      </section>
      <PostmanPanel
        context={postman}
        request={{ method: step.method, url: step.url }}
        name={`${step.method} ${step.domain.host}`}
      />
    </article>
  );
}
