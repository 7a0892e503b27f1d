/**
 * Saves `text` as a file through the browser's download flow: a Blob URL on a temporary link, so
 * the extension needs no `downloads` permission. The URL is revoked once the click has handed it
 * to the download.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
