import { Logger } from '@aws-lambda-powertools/logger';
import type { RequestIds } from '../../ports/telemetry.js';

type ItemArgs = Parameters<Logger['createAndPopulateLogItem']>;

/**
 * Powertools' Logger with the current request's ids on every line it prints, its own lines
 * included (the sampling notice): `request_id` and `correlation_id`, read from `requestIds` when
 * the line is made, so concurrent requests on the local server each keep their own.
 */
export class RequestLogger extends Logger {
  /** Set by the telemetry adapter once constructed; undefined outside a request. */
  requestIds?: () => RequestIds | undefined;

  protected override createAndPopulateLogItem(
    ...args: ItemArgs
  ): ReturnType<Logger['createAndPopulateLogItem']> {
    const item = super.createAndPopulateLogItem(...args);
    const ids = this.requestIds?.();
    if (ids) item.addAttributes({ request_id: ids.requestId, correlation_id: ids.correlationId });
    return item;
  }
}
