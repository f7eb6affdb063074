import type { EscoLink } from './taxonomy-types.js';

/**
 * Puts each curated entry's ESCO link on it: the URI, or the reason none fits. An entry the
 * link table does not name fails at load, so a new skill or occupation cannot ship without
 * someone deciding what ESCO concept it is.
 */
export function withEscoLink<T extends { readonly esco?: string | undefined }>(
  links: Readonly<Record<string, EscoLink>>,
  keyOf: (entry: T) => string,
  entries: readonly T[],
): T[] {
  return entries.map((entry) => {
    const link = links[keyOf(entry)];
    if (!link) throw new Error(`no ESCO link decided for '${keyOf(entry)}' (esco-links-data.ts)`);
    return link.uri === null ? { ...entry, escoGap: link.reason } : { ...entry, esco: link.uri };
  });
}
