import type { CapturedCall } from '../../core/capture/types';
import type { ClaimView, Diagnosis } from '../../core/diagnosis';
import { claimExplanation, renderCheck, renderTemplate } from '../../core/i18n/render';
import { Segments } from '../../ui-shared/Segments';
import { sentIdentityValue, tokenUndecodable } from '../diagnosisView';
import { formatDateTime } from '../format';
import { catalog, ui } from '../words';
import { LongText } from './LongText';

/** Claim values longer than this are cut behind "show all" (a JWT's payload can be kilobytes). */
const CLAIM_LIMIT = 600;
/**
 * An undecodable value is shown only this far before "show all": it may still be a working
 * credential with one stray character, and its signature sits at the end.
 */
const RAW_LIMIT = 120;

/** The decoded token of the selected call: claims as text, with human forms beside the raw values. */
export function TokenView({ call, diagnosis }: { call: CapturedCall; diagnosis: Diagnosis }) {
  const { token, pool } = diagnosis;
  if (token === undefined) {
    return tokenUndecodable(diagnosis) ? (
      <Undecodable call={call} diagnosis={diagnosis} />
    ) : (
      <section class="token" data-token="none">
        <h2>{ui.tokenTitle}</h2>
        <p class="note">{ui.noToken}</p>
      </section>
    );
  }
  return (
    <section class="token" data-token="decoded">
      <h2>{ui.tokenTitle}</h2>
      {pool && (
        <p class="pool" data-token-pool={pool.poolId}>
          {ui.userPool} <code>{pool.poolId}</code> · {ui.region} <code>{pool.region}</code>
        </p>
      )}
      {token.cleaned && <p class="note">{ui.tokenCleaned}</p>}
      <h3>{ui.tokenHeader}</h3>
      <ClaimTable claims={token.headerClaims} part="header" />
      <h3>{ui.tokenPayload}</h3>
      <ClaimTable claims={token.claims} part="payload" />
    </section>
  );
}

/** Payload claims carry `data-claim` (the CHECKS.md contract); header fields their own hook. */
function ClaimTable({ claims, part }: { claims: readonly ClaimView[]; part: 'header' | 'payload' }) {
  return (
    <table class="claims">
      <tbody>
        {claims.map((claim) => (
          <tr
            key={claim.name}
            data-claim={part === 'payload' ? claim.name : undefined}
            data-token-header-field={part === 'header' ? claim.name : undefined}
          >
            <th scope="row">
              <code>{claim.name}</code>
            </th>
            <td>
              <LongText class="claim-value" text={claim.raw} limit={CLAIM_LIMIT} />
              {claim.time && (
                <span class="claim-time">
                  {claim.time.iso} ({ui.utc}) · {formatDateTime(claim.time.epochSeconds * 1000)} (
                  {ui.localTime}) · {catalog.relative(claim.time.secondsFromRequest)}
                </span>
              )}
              <ClaimExplanation part={part} name={claim.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the claim is, in this edition's words; nothing for a claim the catalog does not know. */
function ClaimExplanation({ part, name }: { part: 'header' | 'payload'; name: string }) {
  const explanation = claimExplanation(catalog, part, name);
  if (explanation === undefined) return null;
  return (
    <span class="claim-explanation">
      <Segments text={renderTemplate(explanation, {}, catalog)} />
    </span>
  );
}

/** Why the value is no token, in the `token.decode` check's words, and the value itself as text. */
function Undecodable({ call, diagnosis }: { call: CapturedCall; diagnosis: Diagnosis }) {
  const decode = diagnosis.checks.find((check) => check.id === 'token.decode');
  const raw = sentIdentityValue(call, diagnosis);
  return (
    <section class="token" data-token="undecodable">
      <h2>{ui.tokenTitle}</h2>
      <p>{ui.tokenUndecodable}</p>
      {decode && (
        <p class="explanation" data-token-decode-error>
          <Segments text={renderCheck(decode, catalog).explanation} />
        </p>
      )}
      {raw !== undefined && (
        <p class="raw-token">
          {ui.rawValue}: <LongText class="claim-value" text={raw} limit={RAW_LIMIT} />
        </p>
      )}
    </section>
  );
}
