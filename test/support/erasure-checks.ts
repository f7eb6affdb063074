import { type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { validCandidate } from '../fixtures/api-bodies.js';

/** Personal data unique to the marker, so the whole table can be searched for it. */
function personalData(marker: string) {
  const n = [...marker].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7);
  return {
    fullName: `Naam ${marker}`,
    email: `${marker.toLowerCase()}@example.org`,
    phone: `+212 6${String(n % 100_000_000).padStart(8, '0')}`,
    birthDate: `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 9}`,
  };
}

export function markedCandidate(marker: string) {
  return validCandidate({
    personal: personalData(marker),
    summary: `Vrije tekst ${marker}: werkte bij Atlas Bouw.`,
  });
}

/** The strings an erased candidate must leave nowhere. */
export function personalMarkers(marker: string, externalId: string): string[] {
  return [...Object.values(personalData(marker)), `Vrije tekst ${marker}`, externalId];
}

/** Every item in the table, read with a plain Scan straight from DynamoDB (dynalite). */
export async function scanTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey as Record<string, never> | undefined;
  } while (start);
  return items;
}
