import type { ClientDirective } from 'astro';

/**
 * The browser side of `client:use` (registered by ./hydrate-on-use.ts; Astro
 * bundles this file into an inline script on the pages that use it).
 *
 * The island hydrates when the user first uses it (focus, pointer, key, or a
 * value arriving in one of its fields) or once it has been on screen long
 * enough to be read. Its server-rendered HTML must work on its own until then:
 * the checker's form does (it posts without JavaScript), and the islands take
 * over whatever was typed into it meanwhile.
 */

/** How long the island must stay on screen before it loads without being touched. */
const READ_MS = 3000;

/** Each is the start of typing, pasting, ticking or clicking (or a pointer on its way there). */
const USE_EVENTS = ['focusin', 'pointerdown', 'pointerover', 'keydown', 'input', 'change'];

const hydrateOnUse: ClientDirective = (load, _options, el) => {
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScreen = new Set<Element>();
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) onScreen.add(entry.target);
            else onScreen.delete(entry.target);
          }
          if (onScreen.size > 0 && timer === undefined) {
            timer = setTimeout(start, READ_MS);
          } else if (onScreen.size === 0) {
            clearTimeout(timer);
            timer = undefined;
          }
        })
      : undefined;

  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    observer?.disconnect();
    for (const type of USE_EVENTS) el.removeEventListener(type, start, true);
    void load().then((hydrate) => hydrate());
  };
  for (const type of USE_EVENTS) el.addEventListener(type, start, { capture: true, passive: true });

  // <astro-island> is display: contents, so its children are what is on screen.
  for (const child of el.children) observer?.observe(child);
};

export default hydrateOnUse;
