import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { vi } from 'vitest';

/** One request a webhook receiver got, and the status it answered. */
export interface Received {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly answered: number;
}

/**
 * A webhook receiver on loopback that keeps every request it gets: 503 to the next
 * `failuresLeft` requests, then 204 (test/integration/webhooks.test.ts).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  failuresLeft = 0;
  private server: Server | undefined;

  listen(onPort: number): Promise<void> {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        const answered = this.failuresLeft > 0 ? 503 : 204;
        if (this.failuresLeft > 0) this.failuresLeft--;
        this.received.push({ path: req.url ?? '', headers: req.headers, body, answered });
        res.writeHead(answered).end();
      });
    });
    this.server = server;
    return new Promise((resolve) => server.listen(onPort, '127.0.0.1', () => resolve()));
  }

  close(): Promise<void> {
    const server = this.server;
    return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

/** A loopback port nobody listens on (yet). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * What a receiver runs on arrival: the standardwebhooks library's verification. It checks the
 * signed timestamp against the system clock, so that clock is set to the moment the delivery was
 * signed (the harness runs on its own clock), or to `receivedAt`.
 */
export function receiverVerifies(secret: string, r: Received, receivedAt?: number): unknown {
  const headers = Object.fromEntries(
    Object.entries(r.headers).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(receivedAt ?? Number(r.headers['webhook-timestamp']) * 1000);
  try {
    return new Webhook(secret).verify(r.body, headers);
  } finally {
    vi.useRealTimers();
  }
}
