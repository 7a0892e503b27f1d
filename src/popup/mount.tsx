import { render } from 'preact';
import { App } from './App';

// Every module of the first screen is in and has run, its words with it (`words.ts` waits for them).
performance.mark('popup:code');

/** Renders the popup into `root` (`main.tsx` calls this once the first reads are in). */
export function mountPopup(root: HTMLElement): void {
  render(<App search={location.search} />, root);
  performance.mark('popup:rendered');
}
