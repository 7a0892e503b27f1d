import { useState } from 'preact/hooks';
import { isLong } from '../diagnosisView';
import { ui } from '../words';

/**
 * A value from the network, as text. Past `limit` characters it is folded to a few lines, with a
 * toggle to see it all. The fold is visual only (CSS): the element's text stays the whole value,
 * which the CHECKS.md contract needs inside `[data-claim]` and which copy and find-in-page want.
 */
export function LongText({ text, limit, class: className }: { text: string; limit: number; class?: string }) {
  const [expanded, setExpanded] = useState(false);
  const classes = className ? `long-text ${className}` : 'long-text';
  if (!isLong(text, limit)) return <span class={classes}>{text}</span>;
  return (
    <span class={classes} data-long-text={expanded ? 'expanded' : 'cut'}>
      <span class="long-text-value">{text}</span>{' '}
      <button
        type="button"
        class="link"
        data-action="show-all"
        aria-expanded={expanded}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? ui.showLess : ui.showAll(text.length)}
      </button>
    </span>
  );
}
