import { useState } from 'preact/hooks';
import { shorten } from '../diagnosisView';
import { ui } from '../words';

/** A value from the network, as text; past `limit` characters it is cut, with a toggle to see it all. */
export function LongText({ text, limit, class: className }: { text: string; limit: number; class?: string }) {
  const [expanded, setExpanded] = useState(false);
  const { shown, cut } = shorten(text, limit);
  const classes = className ? `long-text ${className}` : 'long-text';
  if (!cut) return <span class={classes}>{text}</span>;
  return (
    <span class={classes} data-long-text={expanded ? 'expanded' : 'cut'}>
      {expanded ? text : `${shown}…`}{' '}
      <button type="button" class="link" data-action="show-all" onClick={() => setExpanded(!expanded)}>
        {expanded ? ui.showLess : ui.showAll(text.length)}
      </button>
    </span>
  );
}
