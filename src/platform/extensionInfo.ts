import browser from './browser';

/** The manifest's version, for `log.creator.version` of an exported HAR. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
