// First: starts the popup's reads before the other modules (and the language chunk) load.
import './startup';
import { render } from 'preact';
import { App } from './App';
import { locale } from './words';

document.documentElement.lang = locale;
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
