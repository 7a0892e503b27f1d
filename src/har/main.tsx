import { render } from 'preact';
import { locale, ui } from '../popup/words';
import { App } from './App';

document.documentElement.lang = locale;
document.title = `${ui.har.title} · ${ui.appTitle}`;
const root = document.getElementById('app');
if (root) render(<App />, root);
