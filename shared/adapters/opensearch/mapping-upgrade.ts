import type { API, Client } from '@opensearch-project/opensearch';

/**
 * Adds the fields a newer mapping declares to an existing index (e.g. `availableFrom` and
 * `noticePeriodWeeks` for start dates), so documents carrying them are accepted by a `strict`
 * index built before. OpenSearch lets a mapping gain fields in place (put mapping); a field
 * whose type changed cannot be, and needs a reindex (reindex.ts), so only absent top-level
 * fields are sent and a conflict is left to fail loudly. Documents indexed before simply lack
 * the new fields, as documents of candidates who never gave them do.
 */
export async function addMissingFields(
  client: Client,
  index: string,
  properties: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const { body } = await client.indices.getMapping({ index });
  const mapping = (body as Record<string, { mappings?: { properties?: Record<string, unknown> } }>)[index];
  const existing = mapping?.mappings?.properties ?? {};
  const missing = Object.keys(properties)
    .filter((field) => !(field in existing))
    .sort();
  if (missing.length === 0) return [];
  await client.indices.putMapping({
    index,
    body: {
      properties: Object.fromEntries(missing.map((f) => [f, properties[f]])),
    } as API.Indices_PutMapping_RequestBody,
  });
  return missing;
}
