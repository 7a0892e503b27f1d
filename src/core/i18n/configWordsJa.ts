import type { ConfigWords } from './configWords';

/** The Japanese edition of `ConfigWords`. */
export const CONFIG_WORDS_JA: ConfigWords = {};
