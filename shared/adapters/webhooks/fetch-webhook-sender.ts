import type { WebhookSender } from '../../ports/webhook-store.js';

/**
 * Deliveries over HTTP with Node's fetch. Redirects are not followed (a receiver that moved
 * must be re-subscribed: following them would let a URL point the dispatcher anywhere), and the
 * response body is discarded unread beyond what the connection needs.
 */
export class FetchWebhookSender implements WebhookSender {
  async send(request: {
    url: string;
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
  }): Promise<{ status: number }> {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    await response.body?.cancel();
    return { status: response.status };
  }
}
