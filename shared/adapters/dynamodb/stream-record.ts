import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

let sequence = 0;

type Image = Record<string, SdkAttributeValue>;

/** Builds a DynamoDB stream record exactly as a NEW_AND_OLD_IMAGES stream would deliver it. */
export function streamRecord(
  tableName: string,
  keys: Record<string, string>,
  newItem: Record<string, unknown> | undefined,
  oldItem: Record<string, unknown> | undefined,
  at: Date,
): DynamoDBRecord {
  const image = (item: Record<string, unknown> | undefined) =>
    item ? (marshall(item, { removeUndefinedValues: true }) as Image) : undefined;
  return streamRecordOfImages(tableName, image(keys) as Image, image(newItem), image(oldItem), at);
}

/** The same from images already marshalled (a store that marshalled the item to write it). */
export function streamRecordOfImages(
  tableName: string,
  keys: Image,
  newImage: Image | undefined,
  oldImage: Image | undefined,
  at: Date,
): DynamoDBRecord {
  const eventName = newImage === undefined ? 'REMOVE' : oldImage === undefined ? 'INSERT' : 'MODIFY';
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
      // The SDK's attribute values and Lambda's are the same JSON (binary aside, unused here).
      Keys: keys as Record<string, AttributeValue>,
      NewImage: newImage as Record<string, AttributeValue> | undefined,
      OldImage: oldImage as Record<string, AttributeValue> | undefined,
      SequenceNumber: String(sequence).padStart(21, '0'),
      SizeBytes: 0,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}
