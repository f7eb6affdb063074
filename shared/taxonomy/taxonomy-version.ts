import { createHash } from 'node:crypto';

/**
 * An artifact's version: what it was imported from, plus a digest of what it holds, so two
 * imports of the same download get the same version and any change in content gets another.
 * E.g. `esco-1.2.0+en.nl.fr.de.ar+3f2a9c1b`.
 */
export function taxonomyVersion(
  source: { readonly escoVersion?: string | undefined; readonly languages: readonly string[] },
  content: unknown,
): string {
  const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8);
  return `esco-${source.escoVersion ?? 'unversioned'}+${source.languages.join('.')}+${digest}`;
}
