/**
 * The words of the configuration core's results (import summaries, warnings, validation
 * problems), looked up by code where the options page shows them. Empty until those results
 * become codes; every key added here must then be filled in by each edition, or it does not compile.
 */
export type ConfigWords = Readonly<Record<never, never>>;

export const CONFIG_WORDS_EN: ConfigWords = {};
