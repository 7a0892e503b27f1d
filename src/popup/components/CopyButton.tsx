import { useEffect, useState } from 'preact/hooks';
import { ui } from '../words';

interface Props {
  /**
   * Computed on click only: a report is built when asked for, not on every render (and its builder
   * may be loaded only then).
   */
  text: () => string | Promise<string>;
  label: string;
  title?: string;
  action?: string;
  /** Further `data-*` hooks for tests, e.g. `{ 'data-copy-curl': '' }` (CHECKS.md "Hand-offs"). */
  hooks?: Record<`data-${string}`, string>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" / "Copy failed" replaces the label. */
const FEEDBACK_MS = 2000;

export function CopyButton({ text, label, title, action, hooks }: Props) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await text());
      setState('copied');
    } catch {
      // The popup lost focus, or Chrome refused: say so rather than pretend.
      setState('failed');
    }
  };

  return (
    <button
      type="button"
      class="copy"
      data-action={action}
      {...hooks}
      data-copy-state={state}
      title={title}
      onClick={() => void copy()}
    >
      {state === 'copied' ? ui.copied : state === 'failed' ? ui.copyFailed : label}
    </button>
  );
}
