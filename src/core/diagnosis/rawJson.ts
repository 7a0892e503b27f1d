/**
 * The source text of each top-level member of a JSON object, so a claim shows exactly what the
 * token carries: `1.7e9` stays `1.7e9`, and a 20-digit number keeps all its digits (JSON.parse
 * would round both). Expects text that JSON.parse already accepted as an object; returns an empty
 * map if it meets anything else rather than throwing.
 */
export function topLevelMembers(json: string): Map<string, string> {
  const members = new Map<string, string>();
  let i = skipWhitespace(json, 0);
  if (json[i] !== '{') return members;
  i = skipWhitespace(json, i + 1);
  while (i < json.length && json[i] !== '}') {
    if (json[i] !== '"') return members;
    const keyEnd = endOfString(json, i);
    let key: string;
    try {
      key = JSON.parse(json.slice(i, keyEnd)) as string;
    } catch {
      return members;
    }
    i = skipWhitespace(json, keyEnd);
    if (json[i] !== ':') return members;
    const start = skipWhitespace(json, i + 1);
    const end = endOfValue(json, start);
    // Duplicate keys: JSON.parse keeps the last, and so does the map.
    members.set(key, json.slice(start, end));
    i = skipWhitespace(json, end);
    if (json[i] === ',') i = skipWhitespace(json, i + 1);
  }
  return members;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
    i++;
  return i;
}

/** Index just after the closing quote of the string that opens at `from`. */
function endOfString(text: string, from: number): number {
  // From quote to quote with indexOf (native) rather than a character loop: a quote is the
  // string's end unless an odd number of backslashes precedes it.
  let i = from + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (quote - backslashes - 1 > from && text[quote - backslashes - 1] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

function endOfValue(text: string, from: number): number {
  const first = text[from];
  if (first === '"') return endOfString(text, from);
  if (first === '{' || first === '[') {
    let depth = 0;
    let i = from;
    while (i < text.length) {
      const char = text[i];
      if (char === '"') {
        i = endOfString(text, i);
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return text.length;
  }
  let i = from;
  while (i < text.length && !',}] \t\n\r'.includes(text[i] ?? '')) i++;
  return i;
}
