/**
 * The search dialog's direct answer: when the query reads as a question, the docs' answer
 * (from the same index as `<page>.md?ask=`) shows above the search results, with a link to
 * its section. Loaded with the search UI, on intent; the box is a polite live region, so a
 * screen reader hears the answer, and its link is the next stop after the search field.
 */
import { readsAsQuestion } from '../../lib/ask/question';
import type { AskJson } from '../../lib/ask/http';

const ENDPOINT = '/api/ask/answer.json';
const DEBOUNCE_MS = 250;

function render(box: HTMLElement, answer: AskJson | null): void {
  box.replaceChildren();
  if (!answer?.found || !answer.answer || !answer.source) return;
  const title = document.createElement('h2');
  title.className = 'ask-answer__title';
  title.textContent = 'Answer from the docs';
  const text = document.createElement('p');
  text.className = 'ask-answer__text';
  text.textContent = answer.answer;
  const link = document.createElement('a');
  link.className = 'ask-answer__link';
  link.href = answer.source.path;
  link.textContent = `${answer.source.heading} (${answer.source.pageTitle})`;
  const more = document.createElement('p');
  more.append('Read it in ', link);
  box.append(title, text, more);
}

/** Wires the answer box into the search dialog once Pagefind's UI is in it. */
export function attachAnswerBox(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-ask-answer]');
  const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
  if (!box || !input) return;
  // Above the results: Pagefind's drawer holds them, inside its form.
  const drawer = root.querySelector('.pagefind-ui__drawer');
  drawer?.parentElement?.insertBefore(box, drawer);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  const update = () => {
    pending?.abort();
    const query = input.value;
    if (!readsAsQuestion(query)) {
      render(box, null);
      return;
    }
    const controller = new AbortController();
    pending = controller;
    fetch(`${ENDPOINT}?ask=${encodeURIComponent(query.trim())}`, { signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<AskJson>) : null))
      .then((answer) => {
        if (!controller.signal.aborted) render(box, answer);
      })
      .catch(() => {
        // Aborted by a newer query, or offline: the search results stand alone.
        if (!controller.signal.aborted) render(box, null);
      });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  if (input.value) update();
}
