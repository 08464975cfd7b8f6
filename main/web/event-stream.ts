import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../events/event-bus.ts';

/**
 * Main-process events for the browser-mode page as Server-Sent Events. EventSource cannot
 * send headers, so the page's token comes in the query and is checked by the caller.
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  bus: EventBus,
  headers: Record<string, string>,
) {
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  res.write(': connected\n\n');
  const unsubscribe = bus.subscribe((event, payload) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`),
  );
  req.on('close', unsubscribe);
}
