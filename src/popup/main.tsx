// First, by itself: starts the popup's reads before the other modules (and the language chunk) load.
import './startup';
import { render } from 'preact';
import { App } from './App';
import { firstScreen } from './startup';
import { locale } from './words';

performance.mark('popup:words');
document.documentElement.lang = locale;
const root = document.getElementById('app');
// One render with the call and its checks, rather than an empty one followed by three more.
await firstScreen;
if (root) render(<App search={location.search} />, root);
performance.mark('popup:rendered');
