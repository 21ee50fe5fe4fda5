/** Helpers over the nested locale catalogues, shared by the catalogue tests. */
export type Catalogue = { [key: string]: string | Catalogue };

/** Every leaf as a dotted key -> value. */
export function flatten(tree: Catalogue, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Catalogue, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** The value at a dotted key, or undefined. */
export function lookup(tree: Catalogue, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Names of the {{variables}} a message interpolates. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}
