/** The call list's decisions, as plain functions: which rows a filter keeps, where arrow keys go. */

/** Above this many calls the list offers a filter box (issue "answer first"). */
export const FILTER_FROM = 6;

/**
 * Whether a row's words match the filter: every space-separated term appears somewhere in them,
 * ignoring case. An empty filter keeps everything.
 */
export function matchesFilter(rowWords: readonly string[], filter: string): boolean {
  const terms = filter
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
  if (terms.length === 0) return true;
  const haystack = rowWords.join(' ').toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/**
 * The row a key moves to in a list of `count` rows with `index` focused (WAI-ARIA listbox keys):
 * arrows step without wrapping, Home and End jump; undefined for any other key.
 */
export function rovingTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
