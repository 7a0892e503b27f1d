/**
 * UTF-8 sizes without encoding: budgets must count what Chrome's quotas count (bytes), and a
 * JavaScript string's `length` counts UTF-16 units (a CJK character is 1 unit but 3 bytes).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `text` that takes at most `maxBytes` in UTF-8, never splitting a
 * surrogate pair. Linear, and stops reading once the budget is spent.
 */
export function cutToUtf8Bytes(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let size: number;
    let width = 1;
    if (unit < 0x80) size = 1;
    else if (unit < 0x800) size = 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      const pair = next >= 0xdc00 && next <= 0xdfff;
      size = pair ? 4 : 3;
      width = pair ? 2 : 1;
    } else size = 3;
    if (bytes + size > maxBytes) return text.slice(0, index);
    bytes += size;
    index += width - 1;
  }
  return text;
}
