/**
 * The sign-in words, for the components that show a sign-in diagnosis or Postman settings. Their
 * modules are loaded with `deferred` only (never from the first screen's static imports), so this
 * module's wait for the words is part of loading them: a popup of API calls alone never loads the
 * sign-in words.
 */
import { catalog } from './words';
import { loadSigninWords } from './wordsLoading';

export const signin = await loadSigninWords();

/** The parts the sign-in renderers take (`renderSigninCheck`, `renderSigninHeadline`). */
export const signinEdition = { catalog, signin };
