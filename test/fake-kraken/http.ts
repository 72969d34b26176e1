/** How the fake Kraken speaks HTTP: JSON answers, bounded bodies, and the faults it can show. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault } from './model.ts';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Misbehaves as asked; true when the fault has answered (or dropped) the request. */
export async function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  switch (fault.mode) {
    case 'none':
      return false;
    case 'slow':
      await sleep(fault.delayMs ?? 15_000);
      return false;
    case '5xx':
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end('Bad Gateway');
      return true;
    case 'html':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><html><body><h1>Scheduled maintenance</h1></body></html>');
      return true;
    case 'garbage':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x13, 0x37, 0x5d]));
      return true;
    case 'reset':
      req.socket.destroy();
      return true;
    case 'hang':
      return true;
    case 'error':
      sendJson(res, 200, { error: [fault.error ?? 'EGeneral:Internal error'] });
      return true;
  }
}
