import type { RenderedText } from '../core/i18n/render';

/**
 * Catalog words with their evidence. Evidence is attacker-controlled (claims, headers), so every
 * segment becomes a text node, code segments inside `<code>`: never markup.
 */
export function Segments({ text }: { text: RenderedText }) {
  return (
    <>
      {text.segments.map((segment, index) =>
        // Segments are positional and never reorder, so the index is a fine key.
        segment.kind === 'code' ? <code key={index}>{segment.text}</code> : segment.text,
      )}
    </>
  );
}
