/**
 * GET calls over one kept-alive connection with node:http, for timing the hub's answers.
 * Node's fetch adds its own streams, promises and garbage in the calling process, on the
 * same two cores as the hub and PostgreSQL: with the hub warmed up, lookups timed through it
 * had p99 1.8-4.4 ms against 1.1-1.5 ms this way. That is the bench's cost, not the hub's;
 * the console's calls run in the browser.
 */
import http from 'node:http';

export class KeepAliveGetter {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  get(path: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = http.get(
        new URL(path, this.baseUrl),
        { agent: this.agent, headers: { authorization: `Bearer ${this.token}` } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
