// The popup's entry, kept small: `startup` starts the first reads and the loading of the words;
// the rest of the popup's code (`mount`) loads while they run (docs/performance.md, "Popup first
// render").
import { firstScreen } from './startup';
import { locale } from './wordsLoading';

document.documentElement.lang = locale;
// One render with the call and its checks, rather than an empty one followed by three more.
const [{ mountPopup }] = await Promise.all([import('./mount'), firstScreen]);
const root = document.getElementById('app');
if (root) mountPopup(root);
