/**
 * HTTP/1.1 over a bare TCP socket on loopback, so a test can send what no
 * well-behaved client would: wrong lengths, broken chunking, huge headers,
 * bytes trickled with pauses, a connection dropped midway.
 */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** The status of the first response, or null when none came. */
  status: number | null;
  head: string;
  body: string;
  /** How the exchange ended. */
  ended: 'answered' | 'closed' | 'timeout' | 'error';
}

/** A piece of the request: bytes to write, or a pause in milliseconds. */
export type Part = string | Uint8Array | { pauseMs: number };

export interface RawOptions {
  port: number;
  parts: readonly Part[];
  /** Give up waiting for an answer after this long. */
  timeoutMs?: number;
  /**
   * Half-close after the last part. Node's server (httpAllowHalfOpen: false)
   * then drops the connection without answering, so only for requests that
   * could never be answered anyway (a body shorter than declared).
   */
  endAfterWrite?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drops `100 Continue` and other 1xx heads before the final response. */
function skipInterim(data: Buffer): Buffer {
  let rest = data;
  while (/^HTTP\/1\.[01] 1\d\d /.test(rest.subarray(0, 13).toString('latin1'))) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    rest = rest.subarray(end + 4);
  }
  return rest;
}

/** Whether `data` holds one whole response (by Content-Length or the last chunk). */
function complete(whole: Buffer): { head: string; body: Buffer } | null {
  const data = skipInterim(whole);
  const split = data.indexOf('\r\n\r\n');
  if (split < 0) return null;
  const head = data.subarray(0, split).toString('latin1');
  const body = data.subarray(split + 4);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) return body.length >= Number(length[1]) ? { head, body } : null;
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    return body.includes('\r\n0\r\n\r\n') || body.subarray(0, 5).toString() === '0\r\n\r\n'
      ? { head, body }
      : null;
  }
  return null;
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', offset);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(offset, lineEnd).toString(), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** Sends the parts in order (pausing where asked) and reads the first response. */
export function rawRequest({
  port,
  parts,
  timeoutMs = 5_000,
  endAfterWrite = false,
}: RawOptions): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (ended: RawAnswer['ended']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const data = skipInterim(Buffer.concat(chunks));
      const whole = complete(data);
      const split = data.indexOf('\r\n\r\n');
      const head =
        whole?.head ?? data.subarray(0, split < 0 ? data.length : split).toString('latin1');
      const rawBody = whole?.body ?? (split < 0 ? Buffer.alloc(0) : data.subarray(split + 4));
      const body = /\r\ntransfer-encoding:\s*chunked/i.test(head) ? dechunk(rawBody) : rawBody;
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve({
        status: status ? Number(status[1]) : null,
        head,
        body: body.toString('utf8'),
        ended: whole ? 'answered' : ended,
      });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (complete(Buffer.concat(chunks))) finish('answered');
    });
    socket.on('close', () => finish('closed'));
    socket.on('error', () => finish('error'));
    socket.once('connect', () => {
      void (async () => {
        // One write when nothing pauses, so the request arrives as a whole when it can.
        const whole = parts.every((part) => !(typeof part === 'object' && 'pauseMs' in part));
        for (const part of whole
          ? [Buffer.concat(parts.map((p) => Buffer.from(p as string | Uint8Array)))]
          : parts) {
          if (settled || socket.destroyed) return;
          if (typeof part === 'object' && 'pauseMs' in part) await sleep(part.pauseMs);
          else socket.write(part);
        }
        if (endAfterWrite && !socket.destroyed) socket.end();
      })();
    });
  });
}

/** `name: value` lines into a request head with a blank line after it. */
export function requestHead(
  method: string,
  path: string,
  headers: readonly [string, string][],
): string {
  return `${method} ${path} HTTP/1.1\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
}

/** A GET that must answer 200: the server is up and serving. */
export async function expectHealthy(port: number): Promise<number | null> {
  const answer = await rawRequest({
    port,
    parts: [
      requestHead('GET', '/api/health', [
        ['Host', `127.0.0.1:${port}`],
        ['Connection', 'close'],
      ]),
    ],
    timeoutMs: 5_000,
  });
  return answer.status;
}
