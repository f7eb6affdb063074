import { type Logger, type LogItem, LogLevelThreshold } from '@aws-lambda-powertools/logger';
import { RequestLogger } from './request-logger.js';

/** Keys every Powertools line carries that a developer reading a terminal does not need. */
const QUIET_KEYS = new Set(['level', 'message', 'timestamp', 'service', 'sampling_rate', 'xray_trace_id']);

/**
 * The same Powertools Logger, printing one readable line per entry instead of JSON, for local
 * runs (`npm start`, tests): `09:00:00.000 WARN dependency unavailable request_id=… path=/v1/…`.
 * Levels, sampling and keys behave exactly as in Lambda; only the printing differs.
 */
export class ReadableLogger extends RequestLogger {
  protected override printLog(logLevel: number, log: LogItem): void {
    log.prepareForPrint();
    const attributes = log.getAttributes() as Record<string, unknown>;
    const time = String(attributes.timestamp ?? '').slice(11, 23);
    const level = String(attributes.level ?? '');
    const rest = Object.entries(attributes)
      .filter(([key, value]) => !QUIET_KEYS.has(key) && value !== undefined)
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    const line = [time, level.padEnd(5), String(attributes.message ?? ''), ...rest].join(' ');
    // Warnings and errors go to stderr, as console.warn and console.error would send them.
    if (logLevel >= LogLevelThreshold.ERROR) console.error(line);
    else if (logLevel >= LogLevelThreshold.WARN) console.warn(line);
    else console.log(line);
  }

  protected override createLogger(options?: ConstructorParameters<typeof Logger>[0]): Logger {
    return new ReadableLogger(options);
  }
}
