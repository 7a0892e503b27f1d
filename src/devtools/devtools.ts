// The manifest's `devtools_page`: DevTools loads it (invisibly) each time it opens, and it adds the
// panel. Paths are from the extension's root; the build keeps the source paths (crxjs).
chrome.devtools.panels.create('401 Doctor', 'icons/icon-32.png', 'src/devtools/panel.html');
