import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

let sequence = 0;

/** Builds a DynamoDB stream record exactly as a NEW_AND_OLD_IMAGES stream would deliver it. */
export function streamRecord(
  tableName: string,
  keys: Record<string, string>,
  newItem: Record<string, unknown> | undefined,
  oldItem: Record<string, unknown> | undefined,
  at: Date,
): DynamoDBRecord {
  const eventName = newItem === undefined ? 'REMOVE' : oldItem === undefined ? 'INSERT' : 'MODIFY';
  const image = (item: Record<string, unknown> | undefined) =>
    item
      ? (marshall(item, { removeUndefinedValues: true }) as Record<string, SdkAttributeValue> as Record<
          string,
          AttributeValue
        >)
      : undefined;
  sequence += 1;
  return {
    eventID: `local-${at.getTime()}-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'local',
    eventSourceARN: `arn:aws:dynamodb:local:000000000000:table/${tableName}/stream/local`,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(at.getTime() / 1000),
      Keys: image(keys),
      NewImage: image(newItem),
      OldImage: image(oldItem),
      SequenceNumber: String(sequence).padStart(21, '0'),
      SizeBytes: 0,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}
