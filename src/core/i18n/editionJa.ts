import { badgeWordsFor } from './badge';
import { CONFIG_WORDS_JA } from './configMessagesJa';
import { ja } from './ja';
import type { Edition } from './registry';
import { SIGNIN_WORDS_JA } from './signinWordsJa';
import { UI_JA } from './uiStringsJa';

/** The Japanese edition, in a module of its own so a page can load it alone (`loadEdition`). */
export const EDITION_JA: Edition = {
  catalog: ja,
  ui: UI_JA,
  config: CONFIG_WORDS_JA,
  signin: SIGNIN_WORDS_JA,
  badge: badgeWordsFor('ja'),
  dateLocale: 'ja-JP',
};
