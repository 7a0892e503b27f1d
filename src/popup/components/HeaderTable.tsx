import { useState } from 'preact/hooks';
import { isCredentialHeader, maskCredential } from '../../core/capture/headerDisplay';
import type { HttpHeader } from '../../core/capture/types';
import { ui } from '../words';

interface Props {
  headers: readonly HttpHeader[];
  /** `request` or `response`: names the data attribute tests use to find a header. */
  kind: 'request' | 'response';
  identityHeader?: string;
}

/** Header values come from the network: rendered as text nodes only, never as markup. */
export function HeaderTable({ headers, kind, identityHeader }: Props) {
  return (
    <table class="headers">
      <tbody>
        {headers.map((header, index) => (
          <tr key={`${header.name}-${index}`} data-header-kind={kind} data-header={header.name.toLowerCase()}>
            <th scope="row">{header.name}</th>
            <td>
              {header.omittedBytes !== undefined ? (
                <span class="note" data-omitted>
                  ({ui.omittedValue(header.omittedBytes)})
                </span>
              ) : isCredentialHeader(header.name, identityHeader) ? (
                <CredentialValue value={header.value} />
              ) : (
                <span class="value">{header.value}</span>
              )}
              {header.truncated && <span class="note"> ({ui.truncatedValue})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CredentialValue({ value }: { value: string }) {
  const [revealed, setRevealed] = useState(false);
  return (
    <span class="credential">
      <span class="value" data-credential={revealed ? 'revealed' : 'masked'}>
        {revealed ? value : maskCredential(value)}
      </span>{' '}
      {!revealed && <span class="note">({ui.maskedToken(value.length)}) </span>}
      <button type="button" class="link" data-action="reveal-token" onClick={() => setRevealed(!revealed)}>
        {revealed ? ui.hideToken : ui.showToken}
      </button>
    </span>
  );
}
