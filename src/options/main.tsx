import { render } from 'preact';
import { App } from './App';
import { locale, ui } from './words';

document.documentElement.lang = locale;
document.title = `${ui.options.pageTitle} · ${ui.appTitle}`;
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
