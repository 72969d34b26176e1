/**
 * One HTTP request with node:http, the answer's body as the server sent it: fetch (undici)
 * would decompress it, pool the connection and choose the source address behind the test's
 * back, and the tests that use this check exactly those things.
 */
import type { Agent } from 'node:http';
import { request } from 'node:http';

export interface NodeAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface NodeOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A source address on loopback (127.0.0.2, …): the server sees another client. */
  localAddress?: string;
  /** No keep-alive unless an agent is given: an idle socket left open would count as the server's. */
  agent?: Agent;
  timeoutMs?: number;
}

/**
 * `target` as a URL string, or as host, port and path: a path given apart is sent exactly as
 * written, where a URL string would be normalised first (dot segments, percent-escapes).
 */
export function nodeRequest(
  target: string | { port: number; path: string; host?: string },
  options: NodeOptions = {},
): Promise<NodeAnswer> {
  const where = typeof target === 'string' ? urlParts(target) : { host: '127.0.0.1', ...target };
  const url = `http://${where.host}:${where.port}${where.path}`;
  const { method = 'GET', headers = {}, body, localAddress, agent, timeoutMs = 30_000 } = options;
  return new Promise((resolve, reject) => {
    const req = request(
      { ...where, method, headers, localAddress, agent: agent ?? false, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

function urlParts(url: string) {
  const { hostname, port, pathname, search } = new URL(url);
  return { host: hostname, port: Number(port || 80), path: `${pathname}${search}` };
}
