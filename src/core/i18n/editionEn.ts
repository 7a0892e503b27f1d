import { badgeWordsFor } from './badge';
import { CONFIG_WORDS_EN } from './configMessagesEn';
import { en } from './en';
import type { Edition } from './registry';
import { SIGNIN_WORDS_EN } from './signinWordsEn';
import { UI_EN } from './uiStrings';

/** The English edition, in a module of its own so a page can load it alone (`loadEdition`). */
export const EDITION_EN: Edition = {
  catalog: en,
  ui: UI_EN,
  config: CONFIG_WORDS_EN,
  signin: SIGNIN_WORDS_EN,
  badge: badgeWordsFor('en'),
  dateLocale: undefined,
};
