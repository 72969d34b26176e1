/**
 * One HTTP request from a chosen loopback source address (127.0.0.2, …), so that a test can
 * be two clients at once: the runtime sees a different peer, whichever runtime it is.
 */
import { nodeRequest } from '../../support/node-http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export async function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { status, headers, body } = await nodeRequest(url, { ...options, localAddress });
  return { status, headers, text: body.toString('utf8') };
}
