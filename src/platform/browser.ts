/**
 * The one place that imports webextension-polyfill. It throws when loaded outside an extension,
 * and on Chrome 148+ it hands back the native `browser` namespace unchanged (TOOLING.md, "The
 * polyfill"), so everything testable lives in `src/core/`, which never imports this module.
 * Namespaces the polyfill has no metadata for (`action`, `storage.session`) are Chrome's own
 * promise APIs.
 */
import browser from 'webextension-polyfill';

export default browser;
