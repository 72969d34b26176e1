/**
 * The Markdown an answer is served as (`GET <page>.md?ask=`), and the Markdown of the
 * errors the endpoint answers with. Questions are never echoed back.
 */
import type { AskResult } from './answer';
import { LANGUAGES, DEFAULT_LANGUAGE, type LanguageCode } from './vocabulary';

export function answerMarkdown(
  result: AskResult,
  language: LanguageCode = DEFAULT_LANGUAGE,
): string {
  const words = LANGUAGES[language].phrasing;
  if (!result.found) {
    return [
      `# ${words.answerHeading}`,
      '',
      words.declined,
      '',
      ...result.closest.map(
        (p) => `- [${p.title}](${p.url})${p.description ? `: ${p.description}` : ''}`,
      ),
      '',
      `## ${words.sourcesHeading}`,
      '',
      ...result.sources.map((url) => `- ${url}`),
      '',
    ].join('\n');
  }
  return [
    `# ${words.answerHeading}`,
    '',
    result.answer,
    '',
    words.see(`[${result.source.heading}](${result.source.url})`, result.source.pageTitle),
    '',
    `## ${words.excerptsHeading}`,
    '',
    ...result.excerpts.flatMap((e) => [
      `### [${e.heading}](${e.url})`,
      '',
      `*${e.pageTitle}*`,
      '',
      e.passage,
      '',
    ]),
    `## ${words.sourcesHeading}`,
    '',
    ...result.sources.map((url) => `- ${url}`),
    '',
  ].join('\n');
}
