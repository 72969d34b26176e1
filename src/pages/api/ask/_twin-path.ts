/**
 * Where a question asked of a twin reaches the function on Netlify (the markdown-twins
 * integration injects these routes on that target; _twin.ts answers them): the twin URL
 * itself, and the forms Netlify's local runtime asks the function for next when it answers
 * 404 (an unknown page asked a question). It retries the path with `.html`, `.htm`,
 * `/index.html` and `/index.htm` and shows the last answer, which must then still be the
 * Markdown 404 for the page that was asked about.
 */
export const NETLIFY_TWIN_ROUTES = [
  '/[...twin].md',
  '/[...twin].md.html',
  '/[...twin].md.htm',
  '/[...twin].md/index.html',
  '/[...twin].md/index.htm',
] as const;

/** The twin asked about, without its leading slash, from any of those forms. */
export function twinPage(path: string): string {
  return path.replace(/^\/+/, '').replace(/\.md(?:\.html?|\/index\.html?)$/, '.md');
}
