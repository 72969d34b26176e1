/**
 * When the site search answers: kept apart from the search dialog's markup so
 * the two can change independently.
 *
 * Pagefind's UI waits 300 ms after each keystroke by default before it
 * searches, which was most of the time from typing to results. The index of
 * this site is small and a search takes a few milliseconds, so it waits only
 * long enough to merge keys pressed together; older searches that finish
 * late are dropped by the UI itself.
 */
export const SEARCH_DEBOUNCE_MS = 40;

let warming: Promise<void> | undefined;

/**
 * Starts loading Pagefind (its script, WebAssembly and the index's entry)
 * when the user shows intent to search, instead of on their first query.
 * The UI later imports the same module URL and so finds it ready.
 */
export function warmPagefind(bundlePath: string): Promise<void> {
  warming ??= (async () => {
    try {
      const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as {
        init(): Promise<void>;
      };
      await pagefind.init();
    } catch {
      // The UI loads it again on the first query and reports any error there.
    }
  })();
  return warming;
}
