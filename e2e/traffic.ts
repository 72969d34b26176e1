/**
 * The `traffic` fixture: records every request leaving the page (URL, headers,
 * body) so a test can prove no private key it typed was sent, in any encoding.
 *
 * Recording never fails a test by itself: a request's headers are read when it
 * leaves, and if the page closes first the headers known at sending time are
 * kept instead. When the test has already failed, the teardown checks nothing,
 * so the report shows the test's own first failure.
 */
import { expect, test as base } from '@playwright/test';

export interface Sent {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Traffic {
  /** The private keys typed in this test. */
  typed: Set<string>;
  /** Every request that has left the page so far, once the page is idle. */
  all(): Promise<Sent[]>;
}

/** Every value a private key could take in a request: as typed, URL-encoded, form-encoded. */
export function disguises(secret: string): string[] {
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ k: secret }).toString().slice(2),
    ]),
  ];
}

/** No private key typed in this test is in any request that left the page. */
export function expectNoPrivateKey(sent: readonly Sent[], typed: ReadonlySet<string>) {
  expect(sent.length, 'requests were recorded').toBeGreaterThan(0);
  for (const secret of typed) {
    for (const request of sent) {
      const where = [request.url, JSON.stringify(request.headers), request.body].join('\n');
      for (const form of disguises(secret)) {
        expect(where.includes(form), `the private key is not in ${request.url}`).toBe(false);
      }
    }
  }
}

export const test = base.extend<{ traffic: Traffic }>({
  traffic: async ({ page }, use, testInfo) => {
    const sent: Sent[] = [];
    const reading = new Set<Promise<void>>();
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      const read: Promise<void> = request
        .allHeaders()
        // The page closed before the request finished: the headers it was sent with.
        .catch(() => request.headers())
        .then((headers) => {
          sent.push({ url: request.url(), headers, body });
        })
        .finally(() => reading.delete(read));
      reading.add(read);
    });
    const traffic: Traffic = {
      typed: new Set(),
      async all() {
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await Promise.all([...reading]);
        return [...sent];
      },
    };
    await use(traffic);
    if (testInfo.status !== testInfo.expectedStatus) return;
    await Promise.all([...reading]);
    expectNoPrivateKey(sent, traffic.typed);
  },
});
