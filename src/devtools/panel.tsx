import { render } from 'preact';
import { locale } from '../popup/words';
import { PanelApp } from './PanelApp';

document.documentElement.lang = locale;
const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
