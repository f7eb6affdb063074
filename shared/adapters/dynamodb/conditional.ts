/** True when DynamoDB refused a write because its condition did not hold. */
export function isConditionalCheckFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/**
 * The result of a conditional write, or undefined when DynamoDB refused it because its
 * condition did not hold (nothing was written). Any other error propagates: after it the write
 * may or may not have happened.
 */
export async function unlessConditionFails<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return undefined;
    throw error;
  }
}
