import type { ConfigMessage, ConfigMessageCode, ConfigMessageParams, EntryRef } from '../config/messages';
import type { RenderedText, Segment } from './render';
import { rendered } from './segments';

/**
 * The words of every configuration message code (`src/core/config/messages.ts`): one function per
 * code, from its parameters to text and code segments. An edition is one object of this type, so
 * an edition that misses a code does not compile. Parameters are values from pasted AWS output or
 * the user's entries: words put them in code segments, which the pages render as text nodes.
 */
export type ConfigMessageWords = {
  [Code in ConfigMessageCode]: (
    params: ConfigMessageParams[Code],
    edition: ConfigMessageWordsHelp,
  ) => Segment[];
};

/** What a word function may need besides its parameters: nested messages and shared phrases. */
export interface ConfigMessageWordsHelp {
  /** Words of a message nested in another (a configuration file entry's validation problem). */
  nested(message: ConfigMessage): Segment[];
  /** How an entry of a configuration file is named. */
  entry(entry: EntryRef): Segment[];
}

export interface ConfigWords {
  messages: ConfigMessageWords;
  entry(entry: EntryRef): Segment[];
}

/** The words of one message in an edition. */
export function renderConfigMessage(message: ConfigMessage, words: ConfigWords): RenderedText {
  return rendered(segmentsOf(message, words));
}

function segmentsOf(message: ConfigMessage, words: ConfigWords): Segment[] {
  const help: ConfigMessageWordsHelp = {
    nested: (nested) => segmentsOf(nested, words),
    entry: words.entry,
  };
  // The union is narrowed by `code`; TypeScript cannot correlate the lookup with the params.
  const render = words.messages[message.code] as (params: unknown, help: ConfigMessageWordsHelp) => Segment[];
  return render(message.params, help);
}
