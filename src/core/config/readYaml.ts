import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { type DocumentLimits, type ImportDocument, limitFailure } from './importLimits';

/**
 * YAML to plain values, loaded only for text that is not JSON (a separate chunk of the options
 * page). The yaml package parses; the conversion to values is ours, because its own is not safe
 * for pasted text:
 * - its duplicate-key check (`uniqueKeys`) compares every key with every other (40,000 keys took
 *   14 s), so it is turned off and duplicates are found here with a Set;
 * - `maxAliasCount` counts aliases, not what they expand to (99 aliases of a 600,000-item list
 *   took 5.7 s and 564 MB), so the expanded size is counted here, before anything is copied;
 * - resolving an alias scans every earlier anchor and alias, quadratic in their number;
 * - its default log level prints warnings, which quote the text, to the console (its own
 *   conversion warns about a map used as a key, printing that map).
 * Aliases share the value of their anchor, as the package does; a value is never copied.
 */
export function readYaml(text: string, limits: DocumentLimits): ImportDocument {
  const shape = textShape(text);
  if (shape.depth > limits.maxDepth) return limitFailure('depth', limits);
  if (shape.pieces > limits.maxYamlPieces) return limitFailure('yaml-pieces', limits);
  // 'error', not 'silent': 'silent' also drops the error for a second document in the text.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const [error] = document.errors;
  if (error !== undefined) return { ok: false, reason: 'syntax', offset: error.pos[0] };
  const reader = new YamlReader(limits);
  try {
    const value = reader.read(document.contents, 0);
    return { ok: true, value };
  } catch (caught) {
    if (caught instanceof ReadStop) return caught.failure;
    throw caught;
  }
}

/**
 * Bounds checked before the yaml package sees the text, quotes not considered (an over-count only
 * refuses sooner): the deepest nesting of `[` and `{` (its parser takes seconds to refuse 100,000
 * nested brackets; block nesting needs indentation, so 2 MB of text cannot nest that deeper than
 * about 2,000 levels), and the lines and flow separators, each about one node to parse.
 */
function textShape(text: string): { depth: number; pieces: number } {
  let depth = 0;
  let deepest = 0;
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 || code === 123) {
      depth++;
      pieces++;
      if (depth > deepest) deepest = depth;
    } else if ((code === 93 || code === 125) && depth > 0) depth--;
    else if (code === 10 || code === 44) pieces++;
  }
  return { depth: deepest, pieces };
}

class ReadStop {
  constructor(readonly failure: Exclude<ImportDocument, { ok: true }>) {}
}

interface Read {
  value: unknown;
  /** Values it stands for once every alias in it is expanded. */
  values: number;
  /** Map entries it stands for once expanded. */
  entries: number;
}

class YamlReader {
  private values = 0;
  private entries = 0;
  private aliases = 0;
  /** The latest node of each anchor name, in document order: what an alias names. */
  private readonly anchors = new Map<string, Node>();
  /** Nodes read to the end, for aliases to share. */
  private readonly done = new Map<Node, Read>();

  constructor(private readonly limits: DocumentLimits) {}

  read(node: unknown, depth: number): unknown {
    return this.readNode(node, depth).value;
  }

  private count(values: number, entries: number): void {
    this.values += values;
    this.entries += entries;
    if (this.values > this.limits.maxValues)
      throw new ReadStop(limitFailure(this.aliases > 0 ? 'expanded' : 'values', this.limits));
    if (this.entries > this.limits.maxEntries) throw new ReadStop(limitFailure('entries', this.limits));
  }

  private readNode(node: unknown, depth: number): Read {
    if (depth > this.limits.maxDepth) throw new ReadStop(limitFailure('depth', this.limits));
    if (node === null || node === undefined) {
      this.count(1, 0);
      return { value: null, values: 1, entries: 0 };
    }
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      const read = target === undefined ? undefined : this.done.get(target);
      // An unknown anchor, or one whose node contains this alias: no AWS output has either.
      if (read === undefined) throw new ReadStop({ ok: false, reason: 'alias' });
      this.aliases++;
      this.count(read.values, read.entries);
      return read;
    }
    const anchored = node as Node;
    if (anchored.anchor) this.anchors.set(anchored.anchor, anchored);
    const before = { values: this.values, entries: this.entries };
    let value: unknown;
    if (isScalar(node)) {
      this.count(1, 0);
      value = node.value;
    } else if (isSeq(node)) {
      this.count(1, 0);
      value = node.items.map((item) => this.read(item, depth + 1));
    } else if (isMap(node)) {
      this.count(1, 0);
      value = this.readMap(node.items, depth);
    } else {
      throw new ReadStop({ ok: false, reason: 'syntax', offset: 0 });
    }
    const read = { value, values: this.values - before.values, entries: this.entries - before.entries };
    if (anchored.anchor) this.done.set(anchored, read);
    return read;
  }

  private readMap(pairs: readonly unknown[], depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      this.count(0, 1);
      const keyNode = pair.key;
      // A list or map as a key: YAML allows it, JSON and every AWS output do not.
      if (keyNode !== null && !isScalar(keyNode)) throw new ReadStop({ ok: false, reason: 'complex-key' });
      const key = String(keyNode === null ? null : keyNode.value);
      if (seen.has(key)) {
        const offset = keyNode?.range?.[0] ?? 0;
        throw new ReadStop({ ok: false, reason: 'duplicate-key', offset });
      }
      seen.add(key);
      // Defined, not assigned: a key `__proto__` stays a key, as JSON.parse makes it.
      Object.defineProperty(object, key, {
        value: this.read(pair.value, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return object;
  }
}
