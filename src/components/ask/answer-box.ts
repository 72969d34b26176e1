/**
 * The search dialog's direct answer: when the query reads as a question, the docs' answer
 * (from the same index as `<page>.md?ask=`) shows above the search results, with a heading
 * and a link to its section. It shows only when the engine is confident, and never when the
 * first search result under it is a page the engine ranks above the answer's own: the box is
 * never weaker than the list it sits on. Loaded with the search UI, on intent; the box is a
 * polite live region, so a screen reader hears the answer, and its link is the next stop
 * after the search field.
 */
import { readsAsQuestion } from '../../lib/ask/question';
import type { AskJson } from '../../lib/ask/http';
import type { LanguageCode } from '../../lib/ask/vocabulary';

/** The page's language's answers: `/api/ask/answer.json`, `/api/ask/id/answer.json`. */
const endpoint = (lang: string) => `/api/ask/${lang === 'en' ? '' : `${lang}/`}answer.json`;
const DEBOUNCE_MS = 250;

const pageOf = (href: string) => new URL(href, location.href).pathname;

/** The page of the first search result, or null while there is none. */
function firstResultPage(root: HTMLElement): string | null {
  const link = root.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
  return link ? pageOf(link.href) : null;
}

/** Whether the answer may stand above the results: confident, and not outranked by the first. */
export function showsAnswer(answer: AskJson | null, first: string | null): answer is AskJson {
  if (!answer?.found || !answer.confident || !answer.answer || !answer.source) return false;
  const source = pageOf(answer.source.path);
  if (first === null || first === source) return true;
  const rankOf = (page: string) => {
    const i = answer.pages.indexOf(page);
    return i < 0 ? Infinity : i;
  };
  return rankOf(source) < rankOf(first);
}

function render(box: HTMLElement, answer: AskJson | null, first: string | null): void {
  if (!showsAnswer(answer, first)) {
    box.replaceChildren();
    return;
  }
  const title = document.createElement('h2');
  title.className = 'ask-answer__title';
  // The words are the page's language's, rendered into the box by AskAnswer.astro.
  title.textContent = box.dataset.heading ?? '';
  const text = document.createElement('p');
  text.className = 'ask-answer__text';
  text.textContent = answer.answer;
  const link = document.createElement('a');
  link.className = 'ask-answer__link';
  link.href = answer.source!.path;
  link.textContent = `${answer.source!.heading} (${answer.source!.pageTitle})`;
  const source = document.createElement('p');
  source.className = 'ask-answer__source';
  source.append(box.dataset.source ?? '', ' ', link);
  box.replaceChildren(title, text, source);
}

/** Wires the answer box into the search dialog once Pagefind's UI is in it. */
export function attachAnswerBox(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-ask-answer]');
  const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
  if (!box || !input) return;
  const lang = (box.dataset.lang ?? 'en') as LanguageCode;
  // Above the results: Pagefind's drawer holds them, inside its form.
  const drawer = root.querySelector('.pagefind-ui__drawer');
  drawer?.parentElement?.insertBefore(box, drawer);

  let answer: AskJson | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  const show = () => render(box, answer, firstResultPage(root));
  // The results arrive on their own schedule: the box is judged again against each list.
  if (drawer) new MutationObserver(show).observe(drawer, { childList: true, subtree: true });
  const update = () => {
    pending?.abort();
    answer = null;
    const query = input.value;
    if (!readsAsQuestion(query, lang)) {
      show();
      return;
    }
    const controller = new AbortController();
    pending = controller;
    fetch(`${endpoint(lang)}?ask=${encodeURIComponent(query.trim())}`, {
      signal: controller.signal,
    })
      .then((res) => (res.ok ? (res.json() as Promise<AskJson>) : null))
      .then((json) => {
        if (controller.signal.aborted) return;
        answer = json;
        show();
      })
      .catch(() => {
        // Aborted by a newer query, or offline: the search results stand alone.
        if (!controller.signal.aborted) show();
      });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  if (input.value) update();
}
