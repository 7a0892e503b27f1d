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
}

/**
 * One check of CHECKS.md. `open` follows the status only: Preact sets it again when the status
 * changes (a signature verdict arriving), and leaves a user's own folding alone otherwise.
 */
export function CheckItem({ result, note }: Props) {
  return (
    <RenderedCheckItem
      id={result.id}
      status={result.status}
      rendered={renderCheck(result, catalog)}
      note={note}
    />
  );
}

interface RenderedProps {
  /** A check id of CHECKS.md or SIGNIN.md. */
  id: string;
  status: CheckStatus;
  rendered: {
    title: RenderedText;
    explanation: RenderedText;
    fix: RenderedText;
    commands: Array<{ label: string; text: string }>;
    links: Array<{ title: string; url: string }>;
  };
  note?: ComponentChildren;
}

/** The markup of one check, whatever list it belongs to: API calls and sign-in steps look alike. */
export function RenderedCheckItem({ id, status, rendered, note }: RenderedProps) {
  return (
    <li class={`check status-${status}`} data-check={id} data-status={status}>
      <details open={expandedByDefault(status)}>
        <summary>
          <StatusBadge status={status} />{' '}
          <span class="check-title">
            <Segments text={rendered.title} />
          </span>
        </summary>
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
            <div class="command" key={command.text}>
              <div class="command-head">
                <span>
                  {ui.commandsLabel}: {command.label}
                </span>
                <CopyButton text={() => command.text} label={ui.copy} action="copy-command" />
              </div>
              <pre>
                <code>{command.text}</code>
              </pre>
            </div>
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
      </details>
    </li>
  );
}
