import type { ComponentChildren } from 'preact';
import type { CheckResult, CheckStatus } from '../../core/diagnosis';
import { type RenderedText, renderCheck } from '../../core/i18n/render';
import { Segments } from '../../ui-shared/Segments';
import { expandedByDefault } from '../diagnosisView';
import { catalog, ui } from '../words';
import { CopyButton } from './CopyButton';

/** A symbol beside the status word, so the status reads without colour too. */
const STATUS_ICON: Record<CheckStatus, string> = {
  fail: '✗',
  warn: '!',
  pass: '✓',
  info: 'i',
  skip: '–',
};

export function StatusBadge({ status }: { status: CheckStatus }) {
  return (
    <span class={`status-badge status-${status}`}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span> {catalog.status[status]}
    </span>
  );
}

interface Props {
  result: CheckResult;
  /** Extra words under the explanation (the signature check's "verifying…"). */
  note?: ComponentChildren;
  /** Folded into the "n checks passed" line: kept in the DOM (the contract's full list), not shown. */
  folded?: boolean;
}

/**
 * One check of CHECKS.md. `open` follows the status only: Preact sets it again when the status
 * changes (a signature verdict arriving), and leaves a user's own folding alone otherwise.
 */
export function CheckItem({ result, note, folded = false }: Props) {
  return (
    <RenderedCheckItem
      id={result.id}
      status={result.status}
      rendered={renderCheck(result, catalog)}
      note={note}
      folded={folded}
    />
  );
}

/** What a check's markup shows: the words of `renderCheck` or `renderSigninCheck`. */
interface CheckWords {
  title: RenderedText;
  explanation: RenderedText;
  fix: RenderedText;
  commands: Array<{ label: string; text: string }>;
  links: Array<{ title: string; url: string }>;
}

interface RenderedProps {
  /** A check id of CHECKS.md or SIGNIN.md. */
  id: string;
  status: CheckStatus;
  rendered: CheckWords;
  note?: ComponentChildren;
  /** Folded into the "n checks passed" line: kept in the DOM (the contract's full list), not shown. */
  folded?: boolean;
}

/** The markup of one check, whatever list it belongs to: API calls and sign-in steps look alike. */
export function RenderedCheckItem({ id, status, rendered, note, folded = false }: RenderedProps) {
  return (
    <li class={`check status-${status}`} data-check={id} data-status={status} hidden={folded}>
      <details open={expandedByDefault(status)}>
        <summary>
          <StatusBadge status={status} />{' '}
          <span class="check-title">
            <Segments text={rendered.title} />
          </span>
        </summary>
        <CheckBody rendered={rendered} note={note} />
      </details>
    </li>
  );
}

/**
 * A failing or warning check shown open under the headline. A copy of the list's entry: it carries
 * no `data-check`, so the contract's one element per check stays the one in the full list.
 */
export function SurfacedCheck({ result, note }: Omit<Props, 'folded'>) {
  const rendered = renderCheck(result, catalog);
  return (
    <li class={`check surfaced status-${result.status}`} data-surfaced-check={result.id}>
      <p class="surfaced-title">
        <StatusBadge status={result.status} />{' '}
        <span class="check-title">
          <Segments text={rendered.title} />
        </span>
      </p>
      <CheckBody rendered={rendered} note={note} />
    </li>
  );
}

function CheckBody({ rendered, note }: { rendered: CheckWords; note?: ComponentChildren }) {
  return (
    <div class="check-body">
      <p class="explanation">
        <Segments text={rendered.explanation} />
      </p>
      {note && <p class="note">{note}</p>}
      {rendered.fix.segments.length > 0 && (
        <p class="fix">
          <strong>{ui.fixLabel}</strong> <Segments text={rendered.fix} />
        </p>
      )}
      {rendered.commands.map((command) => (
        <CommandBlock key={command.text} label={command.label} text={command.text} />
      ))}
      {rendered.links.length > 0 && (
        <p class="docs">
          {ui.docsLabel}{' '}
          {rendered.links.map((link, index) => (
            <span key={link.url}>
              {index > 0 && ' · '}
              <a href={link.url} target="_blank" rel="noreferrer">
                {link.title}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** A filled-in AWS CLI command with its Copy button. */
export function CommandBlock({ label, text }: { label: string; text: string }) {
  return (
    <div class="command">
      <div class="command-head">
        <span>
          {ui.commandsLabel}: {label}
        </span>
        <CopyButton text={() => text} label={ui.copy} action="copy-command" />
      </div>
      <pre>
        <code>{text}</code>
      </pre>
    </div>
  );
}
